package org.openrcm.deploy.stack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;

/**
 * The body of coding-service's {@code POST /encounters}: a visit as a practice's EHR reports it. Its parts have
 * the shapes of the event contracts' records, which are reused here.
 *
 * @param externalId the practice's visit id; sending it again is answered 200 and changes nothing
 * @param diagnoses  ICD-10-CM codes without the dot, the principal first
 */
public record EncounterRequest(String externalId, Patient patient, Coverage coverage, Provider renderingProvider,
        LocalDate dateOfService, String placeOfService, List<String> diagnoses, List<ProcedureLine> procedures) {

    /** The same visit with another principal diagnosis (first listed), e.g. an outdated code for the same one. */
    public EncounterRequest withPrincipalDiagnosis(String code) {
        List<String> changed = new ArrayList<>(diagnoses);
        changed.set(0, code);
        return new EncounterRequest(externalId, patient, coverage, renderingProvider, dateOfService, placeOfService,
                List.copyOf(changed), procedures);
    }

    /** The same visit billed to another member id, e.g. one the payer rejects. */
    public EncounterRequest withMemberId(String memberId) {
        Coverage changed = new Coverage(coverage.payerId(), coverage.payerName(), memberId, coverage.groupNumber(),
                coverage.relationshipCode(), coverage.claimFilingIndicator());
        return new EncounterRequest(externalId, patient, changed, renderingProvider, dateOfService, placeOfService,
                diagnoses, procedures);
    }
}
