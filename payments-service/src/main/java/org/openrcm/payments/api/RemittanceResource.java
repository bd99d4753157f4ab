package org.openrcm.payments.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.domain.Remittance;
import org.openrcm.payments.domain.RemittanceIntakeService;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.UniqueViolations;

@Path("/remittances")
@Tag(name = "Remittances")
@Produces(MediaType.APPLICATION_JSON)
public class RemittanceResource {

    private final RemittanceIntakeService intake;
    private final JsonRemittanceReader reader;
    private final CurrentTenant tenant;

    RemittanceResource(RemittanceIntakeService intake, JsonRemittanceReader reader, CurrentTenant tenant) {
        this.intake = intake;
        this.reader = reader;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take in a payer's remittance and post what balances", description = "Idempotent on"
            + " (payerId, traceNumber): a repeat returns the remittance already taken in (200) and posts nothing"
            + " again.")
    @APIResponse(responseCode = "201", description = "Remittance taken in; each claim's outcome in claims[].status")
    @APIResponse(responseCode = "200", description = "This payer's trace number was already taken in")
    @APIResponse(responseCode = "400", description = "Malformed request (problem+json with field violations)")
    public Response receive(@NotNull @Valid RemittanceRequest request) {
        String tenantId = tenant.id();
        Remittance remittance = reader.read(request);
        RemittanceIntakeService.Intake result;
        try {
            result = intake.receive(tenantId, remittance);
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent copy of the same ERA won the insert; answer with what it stored.
            result = intake.receive(tenantId, remittance);
        }
        RemittanceResponse body = RemittanceResponse.of(result.remittance());
        return result.created()
                ? Response.created(URI.create("/remittances/" + body.remittanceId())).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Path("/{remittanceId}")
    @Operation(summary = "One remittance of the tenant, with the outcome of each claim")
    public RemittanceResponse get(@PathParam("remittanceId") UUID remittanceId) {
        return intake.find(tenant.id(), remittanceId).map(RemittanceResponse::of)
                .orElseThrow(() -> new NotFoundException("No remittance " + remittanceId));
    }
}
