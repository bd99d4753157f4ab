package org.openrcm.coding.api;

import java.util.List;

import org.openrcm.coding.fhir.FhirEncounterBundle;

/** A FHIR bundle's parts as the JSON API's request, so both are validated and taken in alike. */
final class FhirRequests {

    private FhirRequests() {
    }

    static EncounterRequest toRequest(FhirEncounterBundle.Parts parts) {
        FhirEncounterBundle.PatientPart p = parts.patient();
        FhirEncounterBundle.CoveragePart c = parts.coverage();
        FhirEncounterBundle.ProviderPart r = parts.provider();
        List<Integer> pointers = FhirEncounterBundle.pointers(parts.diagnoses().size());
        return new EncounterRequest(parts.externalId(),
                p == null ? null : new EncounterRequest.PatientDto(p.patientId(), p.firstName(), p.lastName(),
                        p.birthDate(), p.sex(), new EncounterRequest.AddressDto(p.line1(), p.line2(), p.city(),
                                p.state(), p.postalCode())),
                c == null ? null : new EncounterRequest.CoverageDto(c.payerId(), c.payerName(), c.memberId(),
                        c.groupNumber(), c.relationshipCode(), c.claimFilingIndicator()),
                r == null ? null : new EncounterRequest.ProviderDto(r.npi(), r.firstName(), r.lastName()),
                parts.dateOfService(), parts.placeOfService(), parts.diagnoses(),
                parts.procedures().stream().map(code -> new EncounterRequest.ProcedureDto(code, List.of(), 1,
                        pointers)).toList(),
                new EncounterRequest.DocumentationDto(parts.visitType(), parts.totalMinutes(), null, parts.note()));
    }
}
