package org.openrcm.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2300: the claim itself.
 *
 * @param patientControlNumber     CLM01, at most 20 characters {@code [0-9A-Z]}; echoed by the 277CA and the 835
 * @param totalCharge              CLM02, equal to the sum of the lines' SV102
 * @param placeOfService           CLM05-1 facility code (place of service, e.g. {@code 11})
 * @param frequency                CLM05-3
 * @param payerClaimNumber         REF*F8, required iff the frequency is 7 or 8
 * @param providerSignatureOnFile  CLM06 Y/N
 * @param assignment               CLM07 {@code A} assigned, {@code B} lab services only, {@code C} not assigned
 * @param benefitsAssignment       CLM08 {@code Y}, {@code N} or {@code W} (not applicable)
 * @param releaseOfInformation     CLM09 {@code I} informed consent or {@code Y} signed statement
 * @param diagnoses                ICD-10-CM codes without the dot, 1 to 12, the first is the principal (HI ABK,
 *                                 the others ABF)
 * @param rendering                loop 2310B when the rendering provider differs from the billing provider,
 *                                 otherwise {@code null}
 */
public record ClaimDetails(
    String patientControlNumber,
    BigDecimal totalCharge,
    String placeOfService,
    FrequencyCode frequency,
    String payerClaimNumber,
    boolean providerSignatureOnFile,
    String assignment,
    String benefitsAssignment,
    String releaseOfInformation,
    List<String> diagnoses,
    RenderingProvider rendering) {

  public ClaimDetails {
    diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
  }
}
