package org.openrcm.coding.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openrcm.coding.domain.EncounterConflictException;
import org.openrcm.coding.domain.EncounterNotInReviewException;
import org.openrcm.coding.fhir.FhirBundleParseException;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** Encounter intake problems: a changed resend, a correction out of turn, a FHIR bundle that does not parse. */
public class EncounterProblemMappers {

    @ServerExceptionMapper
    public Response conflict(EncounterConflictException exception) {
        return ProblemResponses.of(Problem.of("encounter-conflict", "Encounter taken in with other content", 409,
                exception.getMessage() + "; send it under a new externalId or correct it through the coder",
                exception.differingFields().stream()
                        .map(field -> new Problem.Violation(field, "differs from what was taken in")).toList()));
    }

    @ServerExceptionMapper
    public Response notInReview(EncounterNotInReviewException exception) {
        return ProblemResponses.of(Problem.of("encounter-not-in-review", "Encounter is not waiting for a coder", 409,
                exception.getMessage()));
    }

    @ServerExceptionMapper
    public Response unparseableBundle(FhirBundleParseException exception) {
        return ProblemResponses.of(Problem.of("malformed-fhir", "FHIR bundle does not parse", 400,
                exception.getMessage()));
    }
}
