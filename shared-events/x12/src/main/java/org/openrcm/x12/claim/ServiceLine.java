package org.openrcm.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2400: one service line.
 *
 * @param lineNumber            LX01, 1.. in order
 * @param procedureCode         SV101-2 (qualifier HC: CPT/HCPCS)
 * @param modifiers             SV101-3..6, at most 4
 * @param charge                SV102
 * @param units                 SV104 (unit basis UN)
 * @param placeOfService        SV105, only when different from the claim's, otherwise {@code null}
 * @param diagnosisPointers     SV107-1..4: 1 to 4 pointers into the claim's diagnoses (1-based)
 * @param serviceDate           DTP*472
 * @param lineItemControlNumber REF*6R, echoed in the 835 (by convention the line number)
 */
public record ServiceLine(
    int lineNumber,
    String procedureCode,
    List<String> modifiers,
    BigDecimal charge,
    BigDecimal units,
    String placeOfService,
    List<Integer> diagnosisPointers,
    LocalDate serviceDate,
    String lineItemControlNumber) {

  public ServiceLine {
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
  }
}
