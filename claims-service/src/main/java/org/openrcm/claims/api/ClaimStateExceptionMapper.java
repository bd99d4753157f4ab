package org.openrcm.claims.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openrcm.claims.domain.ClaimStateException;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** 409: the claim's status does not allow what was asked, with the reason. */
@Provider
public class ClaimStateExceptionMapper implements ExceptionMapper<ClaimStateException> {

    @Override
    public Response toResponse(ClaimStateException exception) {
        return ProblemResponses.of(Problem.of("claim-state", "The claim's status does not allow this", 409,
                exception.getMessage()));
    }
}
