package org.openrcm.patientbilling.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openrcm.patientbilling.domain.BillingException;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** A request the billing rules refuse, as problem+json of its kind and type. */
@Provider
public class BillingExceptionMapper implements ExceptionMapper<BillingException> {

    @Override
    public Response toResponse(BillingException exception) {
        BillingException.Kind kind = exception.kind();
        return ProblemResponses.of(Problem.of(exception.type(), kind.title, kind.status, exception.getMessage()));
    }
}
