package org.openrcm.payments.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openrcm.payments.domain.WorkflowException;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** 409: the action does not fit where the object stands; the detail says where it stands. */
@Provider
public class WorkflowExceptionMapper implements ExceptionMapper<WorkflowException> {

    @Override
    public Response toResponse(WorkflowException exception) {
        return ProblemResponses.of(Problem.of("conflict", "Not possible in the current state", 409,
                exception.getMessage()));
    }
}
