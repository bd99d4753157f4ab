package org.openrcm.plumbing.tenancy;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** A missing or malformed tenant is the caller's mistake (400); an unknown one is not found (404), never a leak. */
@Provider
public class TenantExceptionMapper implements ExceptionMapper<TenantException> {

    @Override
    public Response toResponse(TenantException exception) {
        Problem problem = switch (exception.reason()) {
            case MISSING -> Problem.of("tenant-missing", "No tenant given", 400, exception.getMessage(),
                    List.of(new Problem.Violation(CurrentTenant.HEADER, exception.getMessage())));
            case MALFORMED -> Problem.of("tenant-malformed", "Malformed tenant id", 400, exception.getMessage(),
                    List.of(new Problem.Violation(CurrentTenant.HEADER, exception.getMessage())));
            case UNKNOWN -> Problem.of("unknown-tenant", "Unknown tenant", 404, exception.getMessage());
        };
        return ProblemResponses.of(problem);
    }
}
