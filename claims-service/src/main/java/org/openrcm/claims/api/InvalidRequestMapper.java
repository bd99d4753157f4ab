package org.openrcm.claims.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** 400 naming each invalid field, in the same shape as Bean Validation failures. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException exception) {
        return ProblemResponses.of(Problem.of("validation", "Request is not valid", 400, exception.getMessage(),
                exception.violations()));
    }
}
