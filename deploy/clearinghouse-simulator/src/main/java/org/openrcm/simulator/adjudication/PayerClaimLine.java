package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One service line of a claim (837P loop 2400).
 *
 * @param lineControlNumber REF*6R, echoed in the 835's REF*6R so the line can be matched
 * @param charge            SV102, the line's total charge
 * @param units             SV104
 * @param diagnosisPointers SV107, 1-based positions in the claim's diagnoses
 */
public record PayerClaimLine(String lineControlNumber, String procedureCode, List<String> modifiers,
        BigDecimal charge, BigDecimal units, LocalDate serviceDate, List<Integer> diagnosisPointers) {

    public PayerClaimLine {
        modifiers = List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
    }
}
