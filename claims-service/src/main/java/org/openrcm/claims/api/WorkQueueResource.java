package org.openrcm.claims.api;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.claims.domain.ClaimQueryService;
import org.openrcm.claims.followup.FollowUpItem;
import org.openrcm.claims.followup.FollowUpService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

/** The biller's queues: rejected claims to correct and resubmit, and claims to follow up on. */
@Path("/")
@Tag(name = "Work queues")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    private static final String KINDS = "NO_ACKNOWLEDGMENT|NO_PAYMENT|TIMELY_FILING|PAYMENT_REVERSED";

    private final ClaimQueryService claims;
    private final FollowUpService followUps;
    private final CurrentTenant tenant;
    private final Clock clock;

    WorkQueueResource(ClaimQueryService claims, FollowUpService followUps, CurrentTenant tenant, Clock clock) {
        this.claims = claims;
        this.followUps = followUps;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GET
    @Path("rejections")
    @Operation(summary = "The rejection queue: REJECTED claims, longest waiting first", description = "Each claim"
            + " with its rejection category and reasons (status and entity codes in words). Correct it with PATCH"
            + " /claims/{claimId}, then POST /claims/{claimId}/resubmit.")
    public List<ClaimResponse> rejections(@Valid @BeanParam RejectionQuery query) {
        return claims.rejected(tenant.id(), query.payerId, query.category(),
                query.minAgeDays == null ? null : clock.instant().minus(Duration.ofDays(query.minAgeDays)),
                query.page, query.size).stream().map(ClaimResponse::of).toList();
    }

    @GET
    @Path("follow-up")
    @Operation(summary = "Claims to follow up on", description = "NO_ACKNOWLEDGMENT: submitted and not acknowledged"
            + " after rcm.follow-up.acknowledgment-days; NO_PAYMENT: accepted and not paid within the payer's payment"
            + " window; TIMELY_FILING: not yet accepted and within rcm.follow-up.timely-filing-warning-days of the"
            + " payer's timely-filing deadline, with the days left (negative once passed); PAYMENT_REVERSED: the payer"
            + " reversed its adjudication and no corrected one came since, with the reversal as the reason.")
    public List<FollowUpItem> followUp(
            @QueryParam("kind") @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return followUps.list(tenant.id(), kind == null ? null : FollowUpItem.Kind.valueOf(kind), limit);
    }
}
