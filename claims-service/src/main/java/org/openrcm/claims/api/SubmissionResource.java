package org.openrcm.claims.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import org.openrcm.claims.persistence.SubmissionRepository;
import org.openrcm.claims.submission.Submission;
import org.openrcm.claims.submission.SubmissionStatus;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Paging;

/** The tenant's submissions (837P files): where each went, under which control numbers, and why one failed. */
@Path("/submissions")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    private static final String STATUSES = "SENDING|SENT|FAILED";

    /** One submission as a biller sees it. */
    public record SubmissionResponse(String submissionId, String route, SubmissionStatus status, int claimCount,
            int attempts, String interchangeControlNumber, String groupControlNumber, String fileName,
            String failureReason) {

        static SubmissionResponse of(Submission submission) {
            return new SubmissionResponse(submission.id(), submission.route(), submission.status(),
                    submission.claimCount(), submission.attempts(), submission.interchangeControlNumber(),
                    submission.groupControlNumber(), submission.fileName(), submission.failureReason());
        }
    }

    private final SubmissionRepository submissions;
    private final CurrentTenant tenant;

    SubmissionResource(SubmissionRepository submissions, CurrentTenant tenant) {
        this.submissions = submissions;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The tenant's submissions, newest first", description = "status=FAILED lists the batches"
            + " given up, each with the reason; their claims are FAILED and can be resubmitted.")
    public List<SubmissionResponse> list(
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return submissions.listForTenant(tenant.id(), status == null ? null : SubmissionStatus.valueOf(status), page,
                size).stream().map(SubmissionResponse::of).toList();
    }

    @GET
    @Path("/{submissionId}")
    @Operation(summary = "One submission of the tenant")
    public SubmissionResponse get(@PathParam("submissionId") String submissionId) {
        return submissions.findForTenant(tenant.id(), submissionId).map(SubmissionResponse::of)
                .orElseThrow(() -> new NotFoundException("No submission " + submissionId));
    }
}
