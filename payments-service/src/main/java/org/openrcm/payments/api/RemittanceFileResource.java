package org.openrcm.payments.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.intake.RemittanceFileIntakeService;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Paging;

/** Remittance files as received (drop and REST): hash, per-set outcomes, reader issues. */
@Path("/remittance-files")
@Tag(name = "Remittances")
@Produces(MediaType.APPLICATION_JSON)
public class RemittanceFileResource {

    private final RemittanceFileIntakeService files;
    private final CurrentTenant tenant;

    RemittanceFileResource(RemittanceFileIntakeService files, CurrentTenant tenant) {
        this.files = files;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The tenant's remittance files, newest first (without their remittances)")
    public List<RemittanceFileResponse> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return files.list(tenant.id(), page, size).stream()
                .map(file -> RemittanceFileResponse.of(file, false, List.of())).toList();
    }

    @GET
    @Path("/{fileId}")
    @Operation(summary = "One remittance file: what became of each transaction set, and the reader's issues")
    public RemittanceFileResponse get(@PathParam("fileId") UUID fileId) {
        return files.find(tenant.id(), fileId).map(file -> RemittanceFileResponse.of(file, false, List.of()))
                .orElseThrow(() -> new NotFoundException("No remittance file " + fileId));
    }
}
