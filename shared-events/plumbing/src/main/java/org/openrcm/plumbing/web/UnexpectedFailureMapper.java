package org.openrcm.plumbing.web;

import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/**
 * Anything unforeseen: 500 with a reference the operator can find in the log. The exception text is not returned,
 * since it may carry PHI or internals.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class);

    @Override
    public Response toResponse(Exception exception) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure, reference %s", reference);
        return ProblemResponses.of(Problem.of("internal-error", "Internal error", 500,
                "The request failed unexpectedly; reference " + reference));
    }
}
