package org.openrcm.plumbing.tenancy;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Onboarding of provider practices: the bureau's operators register each tenant with each service. */
@Path("/admin/tenants")
@Tag(name = "Tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    /** The body of a tenant registration. */
    public record TenantRequest(@NotBlank @Size(max = 200) String name, Boolean active) {
    }

    private final TenantDirectory directory;

    TenantResource(TenantDirectory directory) {
        this.directory = directory;
    }

    @PUT
    @Path("/{tenantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or update a tenant (provider practice)")
    public Response put(@PathParam("tenantId") @Pattern(regexp = TenantDirectory.TENANT_ID_REGEX) String tenantId,
            @Valid @NotNull TenantRequest request) {
        TenantDirectory.Tenant tenant = new TenantDirectory.Tenant(tenantId, request.name(),
                request.active() == null || request.active());
        boolean created = directory.upsert(tenant);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(tenant).build();
    }

    @GET
    @Operation(summary = "List the tenants this service serves")
    public List<TenantDirectory.Tenant> list() {
        return directory.list();
    }
}
