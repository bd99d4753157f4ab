package org.openrcm.coding.analytics;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.InvalidParameterException;
import org.openrcm.plumbing.web.QueryParameters;

/** The tenant's coding over a period: what was coded, how, by whom, how fast, and what payers sent back. */
@Path("/coding/analytics")
@Tag(name = "Coding analytics")
@Produces(MediaType.APPLICATION_JSON)
public class CodingAnalyticsResource {

    /** A year of daily work is what the queries are sized for. */
    static final int MAX_DAYS = 366;

    private final CodingAnalyticsService analytics;
    private final CurrentTenant tenant;

    CodingAnalyticsResource(CodingAnalyticsService analytics, CurrentTenant tenant) {
        this.analytics = analytics;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "Top codes, E/M levels, auto-coding rate, edit failures, coder productivity and turnaround,"
            + " rejection and denial rates by coding reason, from one date to another (inclusive, UTC)")
    public CodingAnalytics get(@QueryParam("from") @Parameter(description = "first day, e.g. 2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "last day, e.g. 2026-11-30") String to) {
        LocalDate first = required("from", QueryParameters.date("from", from));
        LocalDate last = required("to", QueryParameters.date("to", to));
        if (last.isBefore(first)) {
            throw new InvalidParameterException("to", "must not be before from");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new InvalidParameterException("to", "must be at most " + MAX_DAYS + " days after from");
        }
        return analytics.analyse(tenant.id(), first, last);
    }

    private static LocalDate required(String parameter, LocalDate value) {
        if (value == null) {
            throw new InvalidParameterException(parameter, "is required (an ISO 8601 date)");
        }
        return value;
    }
}
