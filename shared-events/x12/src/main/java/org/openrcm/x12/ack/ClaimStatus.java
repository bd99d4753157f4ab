package org.openrcm.x12.ack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2200D (with 2100D and 2220D dates) of a 277CA: the acknowledgment of one claim.
 *
 * @param patientLastName      2100D NM1*QC NM103
 * @param patientFirstName     NM104
 * @param memberId             NM109 (qualifier MI), optional
 * @param patientControlNumber TRN02: our CLM01
 * @param statuses             the STCs, at least one
 * @param payerClaimNumber     REF*1K, optional (assigned when accepted)
 * @param billedAmount         STC04 of the first STC or AMT, optional
 * @param serviceFrom          DTP*472 start
 * @param serviceTo            DTP*472 end (same as start for a single date)
 * @param segmentPosition      position of the TRN in its transaction set when read, 0 when built
 */
public record ClaimStatus(
    String patientLastName,
    String patientFirstName,
    String memberId,
    String patientControlNumber,
    List<StatusInfo> statuses,
    String payerClaimNumber,
    BigDecimal billedAmount,
    LocalDate serviceFrom,
    LocalDate serviceTo,
    int segmentPosition) {

  public ClaimStatus {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
  }

  /** True when any status rejects the claim. */
  public boolean rejected() {
    return statuses.stream().anyMatch(StatusInfo::rejected);
  }

  /** True when the claim was accepted (an accepting status and none rejecting). */
  public boolean accepted() {
    return !rejected() && statuses.stream().anyMatch(StatusInfo::accepted);
  }
}
