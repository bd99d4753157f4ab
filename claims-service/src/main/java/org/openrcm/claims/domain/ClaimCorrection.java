package org.openrcm.claims.domain;

import java.util.List;

import org.openrcm.events.common.Patient;
import org.openrcm.events.common.Provider;

/**
 * A biller's corrections to a claim; null fields are left as they are. Lines are corrected by line number and
 * re-priced when their code or units change.
 */
public record ClaimCorrection(List<String> diagnosisCodes, List<LineCorrection> lines, String memberId,
        String groupNumber, String relationshipCode, Patient patient, Subscriber subscriber,
        Provider renderingProvider, String billingProviderNpi, String placeOfService, String payerResponsibility,
        String insuranceTypeCode, Boolean benefitsAssigned, Boolean releaseOfInformation) {

    /** One line's corrections; null fields are left as they are. */
    public record LineCorrection(int lineNumber, String procedureCode, List<String> modifiers, Integer units,
            List<Integer> diagnosisPointers) {
    }

    /** The names of the fields this correction changes, for the claim's history. */
    List<String> fieldNames() {
        List<String> names = new java.util.ArrayList<>();
        add(names, diagnosisCodes, "diagnosisCodes");
        if (lines != null) {
            lines.forEach(line -> names.add("lines[" + line.lineNumber() + "]"));
        }
        add(names, memberId, "memberId");
        add(names, groupNumber, "groupNumber");
        add(names, relationshipCode, "relationshipCode");
        add(names, patient, "patient");
        add(names, subscriber, "subscriber");
        add(names, renderingProvider, "renderingProvider");
        add(names, billingProviderNpi, "billingProviderNpi");
        add(names, placeOfService, "placeOfService");
        add(names, payerResponsibility, "payerResponsibility");
        add(names, insuranceTypeCode, "insuranceTypeCode");
        add(names, benefitsAssigned, "benefitsAssigned");
        add(names, releaseOfInformation, "releaseOfInformation");
        return names;
    }

    private static void add(List<String> names, Object value, String name) {
        if (value != null) {
            names.add(name);
        }
    }
}
