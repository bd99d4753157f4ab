package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A claim as the payer sees it once the 837P is read: loop 2300 with its subscriber (2010BA), payer (2010BB),
 * billing provider (2010AA), referring provider (2310A) and lines (2400).
 *
 * @param patientControlNumber     CLM01, echoed in the 277CA (TRN02) and the 835 (CLP01)
 * @param claimFilingIndicator     SBR09, echoed in CLP06
 * @param referringProviderNpi     2310A NM109, null when the claim names no referring provider
 * @param placeOfService           CLM05-1, echoed in CLP08
 * @param frequencyCode            CLM05-3: 1 original, 7 replacement, 8 void
 * @param originalPayerClaimNumber REF*F8 of a replacement or void, null otherwise
 * @param diagnoses                ICD-10-CM codes of the HI segment, the principal first
 */
public record PayerClaim(String patientControlNumber, String payerId, String payerName, String claimFilingIndicator,
        String memberId, PersonName subscriber, PersonName patient, BillingProvider billingProvider,
        String referringProviderNpi, String placeOfService, String frequencyCode, String originalPayerClaimNumber,
        BigDecimal totalCharge, List<String> diagnoses, List<PayerClaimLine> lines) {

    public PayerClaim {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(totalCharge, "totalCharge");
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
    }

    /** The last date of service of the claim's lines. */
    public LocalDate lastServiceDate() {
        return lines.stream().map(PayerClaimLine::serviceDate).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalStateException("Claim " + patientControlNumber + " has no dated line"));
    }

    public boolean hasProcedure(String procedureCode) {
        return lines.stream().anyMatch(line -> line.procedureCode().equals(procedureCode));
    }

    /** The diagnoses a line points at (SV107), the first pointer first; pointers outside the HI are skipped. */
    public List<String> diagnosesOf(PayerClaimLine line) {
        return line.diagnosisPointers().stream()
                .filter(pointer -> pointer >= 1 && pointer <= diagnoses.size())
                .map(pointer -> diagnoses.get(pointer - 1))
                .toList();
    }
}
