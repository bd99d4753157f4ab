package org.openrcm.coding.queue;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openrcm.coding.domain.EncounterClaimedException;
import org.openrcm.coding.domain.EncounterNotQueriedException;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** Queue actions out of turn: another coder's encounter, an answer without a question. */
public class QueueProblemMappers {

    @ServerExceptionMapper
    public Response claimed(EncounterClaimedException exception) {
        return ProblemResponses.of(Problem.of("encounter-claimed", "Encounter is claimed by another coder", 409,
                exception.getMessage()));
    }

    @ServerExceptionMapper
    public Response notQueried(EncounterNotQueriedException exception) {
        return ProblemResponses.of(Problem.of("encounter-not-queried", "No question to the provider is open", 409,
                exception.getMessage()));
    }
}
