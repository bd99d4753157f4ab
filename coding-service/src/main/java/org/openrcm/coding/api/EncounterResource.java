package org.openrcm.coding.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.coding.domain.EncounterIntakeService;
import org.openrcm.coding.domain.EncounterStatus;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.UniqueViolations;
import org.openrcm.plumbing.web.Paging;

@Path("/encounters")
@Tag(name = "Encounters")
@Produces(MediaType.APPLICATION_JSON)
public class EncounterResource {

    private final EncounterIntakeService intake;
    private final CurrentTenant tenant;

    EncounterResource(EncounterIntakeService intake, CurrentTenant tenant) {
        this.intake = intake;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take in a coded encounter", description = "Idempotent on externalId: a repeat returns"
            + " the encounter already taken in (200) and emits nothing again.")
    @APIResponse(responseCode = "201", description = "Encounter taken in and coded")
    @APIResponse(responseCode = "200", description = "This externalId was already taken in")
    @APIResponse(responseCode = "400", description = "Malformed request (problem+json with field violations)")
    @APIResponse(responseCode = "422", description = "Coding edits failed (problem+json with the issues)")
    public Response receive(@NotNull @Valid EncounterRequest request) {
        String tenantId = tenant.id();
        EncounterIntakeService.Intake result;
        try {
            result = intake.receive(tenantId, request.toNewEncounter());
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent retry of the same visit won the insert; answer with what it stored.
            result = intake.receive(tenantId, request.toNewEncounter());
        }
        EncounterResponse body = EncounterResponse.of(result.encounter());
        return result.created()
                ? Response.created(URI.create("/encounters/" + body.encounterId())).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Path("/{encounterId}")
    @Operation(summary = "One encounter of the tenant")
    public EncounterResponse get(@PathParam("encounterId") UUID encounterId) {
        return intake.find(tenant.id(), encounterId).map(EncounterResponse::of)
                .orElseThrow(() -> new NotFoundException("No encounter " + encounterId));
    }

    @GET
    @Operation(summary = "The tenant's encounters, newest first")
    public List<EncounterResponse> list(@QueryParam("status") @Parameter(description = "filter by status") EncounterStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return intake.list(tenant.id(), status, page, size).stream().map(EncounterResponse::of).toList();
    }
}
