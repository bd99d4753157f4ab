package org.openrcm.claims.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.claims.domain.ClaimQueryService;
import org.openrcm.claims.domain.ClaimWorkflowService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final ClaimQueryService claims;
    private final ClaimWorkflowService workflow;
    private final CurrentTenant tenant;
    private final CurrentUser user;

    ClaimResource(ClaimQueryService claims, ClaimWorkflowService workflow, CurrentTenant tenant, CurrentUser user) {
        this.claims = claims;
        this.workflow = workflow;
        this.tenant = tenant;
        this.user = user;
    }

    @GET
    @Operation(summary = "The tenant's claims, newest first", description = "status=SCRUB_FAILED is the biller's"
            + " queue of claims the scrubber held back, each with its issues.")
    public List<ClaimResponse> list(@Valid @BeanParam ClaimQuery query) {
        return claims.list(tenant.id(), query.status(), query.page, query.size).stream().map(ClaimResponse::of)
                .toList();
    }

    @GET
    @Path("/{claimId}")
    @Operation(summary = "One claim of the tenant, with its lines, issues, rejection reasons and history")
    public ClaimResponse get(@PathParam("claimId") UUID claimId) {
        return found(claimId, claims.find(tenant.id(), claimId));
    }

    @PATCH
    @Path("/{claimId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a held, rejected or failed claim", description = "Absent fields are left as they"
            + " are; lines are corrected by line number and priced again when their code or units change. The claim"
            + " keeps its status until it is resubmitted. The history records the user named by X-User.")
    @APIResponse(responseCode = "200", description = "The corrected claim")
    @APIResponse(responseCode = "400", description = "Invalid corrections (problem+json with field violations)")
    @APIResponse(responseCode = "409", description = "The claim is not SCRUB_FAILED, REJECTED or FAILED")
    public ClaimResponse correct(@PathParam("claimId") UUID claimId,
            @NotNull @Valid ClaimCorrectionRequest corrections) {
        return found(claimId, workflow.correct(tenant.id(), claimId, corrections.toCorrection(), user.name()));
    }

    @POST
    @Path("/{claimId}/resubmit")
    @Operation(summary = "Scrub a held, rejected or failed claim again and send it", description = "Runs the"
            + " scrubber and the 837P pre-check: a clean claim is READY and goes out in the next batch (a claim"
            + " sent before is announced with ClaimResubmitted); otherwise it is SCRUB_FAILED with the issues.")
    @APIResponse(responseCode = "200", description = "The claim, READY or SCRUB_FAILED")
    @APIResponse(responseCode = "409", description = "The claim is not SCRUB_FAILED, REJECTED or FAILED")
    public ClaimResponse resubmit(@PathParam("claimId") UUID claimId) {
        return found(claimId, workflow.resubmit(tenant.id(), claimId, user.name()));
    }

    @POST
    @Path("/{claimId}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an adjudicated claim (frequency 7)", description = "Sends the claim again, with"
            + " the corrections given, as a replacement carrying the payer's claim number (REF*F8); announced with"
            + " ClaimResubmitted.")
    @APIResponse(responseCode = "200", description = "The claim, READY (or SCRUB_FAILED with the issues)")
    @APIResponse(responseCode = "409", description = "The claim is not ACCEPTED, PAID or DENIED, or has no payer"
            + " claim number")
    public ClaimResponse replace(@PathParam("claimId") UUID claimId, @NotNull @Valid ReasonRequest request) {
        return found(claimId, workflow.replace(tenant.id(), claimId,
                request.corrections() == null ? null : request.corrections().toCorrection(), request.reason(),
                user.name()));
    }

    @POST
    @Path("/{claimId}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void a claim", description = "A claim the payer has (ACCEPTED, PAID, DENIED) is voided by"
            + " sending frequency 8 with the payer's claim number, then VOIDED; one never accepted is VOIDED at"
            + " once. ClaimVoided announces it.")
    @APIResponse(responseCode = "200", description = "The claim, READY (void on its way) or VOIDED")
    @APIResponse(responseCode = "409", description = "The claim is being sent or already voided")
    public ClaimResponse voidClaim(@PathParam("claimId") UUID claimId, @NotNull @Valid ReasonRequest request) {
        return found(claimId, workflow.voidClaim(tenant.id(), claimId, request.reason(), user.name()));
    }

    private static ClaimResponse found(UUID claimId, Optional<ClaimQueryService.ClaimView> claim) {
        return claim.map(ClaimResponse::of).orElseThrow(() -> new NotFoundException("No claim " + claimId));
    }
}
