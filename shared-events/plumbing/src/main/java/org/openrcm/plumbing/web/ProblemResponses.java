package org.openrcm.plumbing.web;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
