package org.openrcm.claims.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openrcm.claims.domain.ClaimStatus;
import org.openrcm.plumbing.web.Paging;

/**
 * The query of {@code GET /claims}. Kept as a bean so that an invalid parameter is reported under its own name.
 */
public class ClaimQuery {

    /** Every {@link ClaimStatus}; a test keeps the two in step. */
    static final String STATUSES = "SCRUB_FAILED|READY|SUBMITTING|SUBMITTED|ACCEPTED|REJECTED|PAID|DENIED|FAILED|VOIDED";

    @QueryParam("status")
    @Parameter(description = "only claims in this status, e.g. SCRUB_FAILED for the biller's queue")
    @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES)
    String status;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(Paging.MAX_PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(500)
    int size;

    ClaimStatus status() {
        return status == null ? null : ClaimStatus.valueOf(status);
    }
}
