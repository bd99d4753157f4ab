package org.openrcm.payments.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.remittance.ClaimPaymentService;
import org.openrcm.payments.remittance.ClaimPaymentStatus;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Paging;

@Path("/claim-payments")
@Tag(name = "Claim payments")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimPaymentResource {

    /** The claim an unmatched payment is for. */
    public record MatchRequest(@NotBlank @Size(max = 100) String claimId) {
    }

    private final ClaimPaymentService claimPayments;
    private final CurrentTenant tenant;
    private final CurrentUser user;

    ClaimPaymentResource(ClaimPaymentService claimPayments, CurrentTenant tenant, CurrentUser user) {
        this.claimPayments = claimPayments;
        this.tenant = tenant;
        this.user = user;
    }

    @GET
    @Operation(summary = "The tenant's claim payments, newest remittance first",
            description = "status=UNMATCHED is the unmatched-payments queue, HELD_UNBALANCED and HELD_REVIEW the"
                    + " held ones, REFUND_REQUESTED those marked for refund.")
    public List<ClaimPaymentResponse> list(
            @QueryParam("status") @Parameter(description = "filter by status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return claimPayments.list(tenant.id(), QueryParameters.enumValue("status", status, ClaimPaymentStatus.class),
                page, size).stream().map(ClaimPaymentResponse::of).toList();
    }

    @GET
    @Path("/{claimPaymentId}")
    @Operation(summary = "One claim payment")
    public ClaimPaymentResponse get(@PathParam("claimPaymentId") UUID id) {
        return claimPayments.find(tenant.id(), id).map(ClaimPaymentResponse::of)
                .orElseThrow(() -> new NotFoundException("No claim payment " + id));
    }

    @POST
    @Path("/{claimPaymentId}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Match an unmatched payment to a claim by hand: it is posted to that claim (audited)")
    public ClaimPaymentResponse match(@PathParam("claimPaymentId") UUID id, @NotNull @Valid MatchRequest request) {
        return claimPayments.match(tenant.id(), id, request.claimId(), user.id()).map(ClaimPaymentResponse::of)
                .orElseThrow(() -> new NotFoundException("No claim payment " + id + " or no claim "
                        + request.claimId()));
    }

    @POST
    @Path("/{claimPaymentId}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an unmatched payment for refund to the payer (audited)")
    public ClaimPaymentResponse refund(@PathParam("claimPaymentId") UUID id, @Valid NoteRequest request) {
        return claimPayments.requestRefund(tenant.id(), id, request == null ? null : request.note(), user.id())
                .map(ClaimPaymentResponse::of).orElseThrow(() -> new NotFoundException("No claim payment " + id));
    }
}
