package org.openrcm.claims.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.claims.domain.PayerConfigDetails;
import org.openrcm.claims.domain.PayerConfigService;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.UniqueViolations;

@Path("/payers")
@Tag(name = "Tenant configuration")
@Produces(MediaType.APPLICATION_JSON)
public class PayerConfigResource {

    /** A payer id as the clearinghouse knows it (837P NM1*PR09). */
    private static final String PAYER_ID = "^[0-9A-Za-z-]{2,80}$";

    private final PayerConfigService payers;
    private final CurrentTenant tenant;

    PayerConfigResource(PayerConfigService payers, CurrentTenant tenant) {
        this.payers = payers;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The practice's configured payers")
    public List<PayerConfigDetails> list() {
        return payers.list(tenant.id());
    }

    @GET
    @Path("/{payerId}")
    @Operation(summary = "One configured payer")
    @APIResponse(responseCode = "404", description = "The payer is not configured")
    public PayerConfigDetails get(@PathParam("payerId") String payerId) {
        return payers.find(tenant.id(), payerId)
                .orElseThrow(() -> new NotFoundException("Payer " + payerId + " is not configured"));
    }

    @PUT
    @Path("/{payerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Configure how the practice bills a payer", description = "Claims to the payer go through"
            + " the clearinghouse mailbox named by route; a payer not configured uses route 'default', a 365-day"
            + " timely-filing limit and a 30-day payment window.")
    @APIResponse(responseCode = "201", description = "Payer configured")
    @APIResponse(responseCode = "200", description = "Configuration replaced")
    @APIResponse(responseCode = "400", description = "Invalid configuration (problem+json with field violations)")
    public Response put(
            @PathParam("payerId") @Pattern(regexp = PAYER_ID, message = "must be a payer id: letters, digits, dashes") String payerId,
            @NotNull @Valid PayerConfigRequest request) {
        String tenantId = tenant.id();
        PayerConfigDetails details = request.toDetails(payerId);
        boolean created;
        try {
            created = payers.save(tenantId, details);
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            created = payers.save(tenantId, details);
        }
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(details).build();
    }

    @DELETE
    @Path("/{payerId}")
    @Operation(summary = "Remove a payer's configuration; its claims fall back to the defaults")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The payer is not configured")
    public void delete(@PathParam("payerId") String payerId) {
        if (!payers.delete(tenant.id(), payerId)) {
            throw new NotFoundException("Payer " + payerId + " is not configured");
        }
    }
}
