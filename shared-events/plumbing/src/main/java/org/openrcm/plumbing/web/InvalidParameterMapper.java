package org.openrcm.plumbing.web;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 naming the parameter, in the same shape as the body validation problems. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return ProblemResponses.of(Problem.of("validation", "Request is not valid", 400,
                "Parameter " + exception.parameter() + " is invalid",
                List.of(new Problem.Violation(exception.parameter(), exception.getMessage()))));
    }
}
