package org.openrcm.coding.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.openrcm.coding.domain.EncounterRejectedException;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** Failed coding edits: 422, each issue as a field violation prefixed with its edit code. */
@Provider
public class EncounterRejectedMapper implements ExceptionMapper<EncounterRejectedException> {

    @Override
    public Response toResponse(EncounterRejectedException exception) {
        return ProblemResponses.of(Problem.of("coding-edits-failed", "Encounter failed coding edits", 422,
                exception.getMessage(), exception.issues().stream()
                        .map(issue -> new Problem.Violation(issue.field(), issue.code() + ": " + issue.message()))
                        .toList()));
    }
}
