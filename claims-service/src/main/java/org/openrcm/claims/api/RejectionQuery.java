package org.openrcm.claims.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openrcm.claims.domain.RejectionCategory;
import org.openrcm.plumbing.web.Paging;

/** The query of {@code GET /rejections}; an invalid parameter is reported under its own name. */
public class RejectionQuery {

    /** Every {@link RejectionCategory}. */
    static final String CATEGORIES = "CODING|ELIGIBILITY|PROVIDER|PAYER_DATA|DUPLICATE|OTHER";

    @QueryParam("payerId")
    @Parameter(description = "only claims to this payer")
    @Pattern(regexp = "^[0-9A-Za-z-]{1,80}$", message = "must be a payer id")
    String payerId;

    @QueryParam("category")
    @Parameter(description = "only rejections of this category, e.g. CODING")
    @Pattern(regexp = CATEGORIES, message = "must be one of " + CATEGORIES)
    String category;

    @QueryParam("minAgeDays")
    @Parameter(description = "only claims rejected at least this many days ago")
    @Min(0)
    @Max(3650)
    Integer minAgeDays;

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

    RejectionCategory category() {
        return category == null ? null : RejectionCategory.valueOf(category);
    }
}
