package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2100: the adjudication of one claim.
 *
 * @param setControlNumber        ST02 of the transaction set it came from ({@code null} when built)
 * @param headerNumber            LX01 of the header loop 2000 it is in, {@code null} when there was no LX
 * @param patientControlNumber    CLP01: our CLM01
 * @param statusCode              CLP02: {@code 1} processed as primary, {@code 2} secondary, {@code 3} tertiary,
 *                                {@code 4} denied, {@code 19}/{@code 20}/{@code 21} processed and forwarded,
 *                                {@code 22} reversal of previous payment, {@code 23} not our claim, forwarded
 * @param charge                  CLP03
 * @param paid                    CLP04
 * @param patientResponsibility   CLP05, optional
 * @param claimFilingIndicator    CLP06
 * @param payerClaimControlNumber CLP07
 * @param facilityCode            CLP08, optional (place of service for professional)
 * @param frequencyCode           CLP09, optional
 * @param adjustments             claim level CAS triplets
 * @param patient                 NM1*QC
 * @param insured                 NM1*IL, optional
 * @param correctedInsured        NM1*74, optional
 * @param renderingProvider       NM1*82, optional
 * @param crossoverPayer          NM1*TT crossover carrier or NM1*PR corrected priority payer, optional
 * @param remarks                 MIA/MOA remark codes
 * @param dates                   claim DTM (232/233 statement period, 050 received, 036/035 coverage)
 * @param amounts                 claim AMT (AU, D8, I, ...)
 * @param references              claim REF (1K, EA, F8, ...)
 * @param lines                   loops 2110
 * @param segmentPosition         position of the CLP in the transaction set when read, 0 when built
 */
public record ClaimPayment(
    String setControlNumber,
    Integer headerNumber,
    String patientControlNumber,
    String statusCode,
    BigDecimal charge,
    BigDecimal paid,
    BigDecimal patientResponsibility,
    String claimFilingIndicator,
    String payerClaimControlNumber,
    String facilityCode,
    String frequencyCode,
    List<Adjustment> adjustments,
    RemitName patient,
    RemitName insured,
    RemitName correctedInsured,
    RemitName renderingProvider,
    RemitName crossoverPayer,
    List<RemarkCode> remarks,
    List<QualifiedDate> dates,
    List<QualifiedAmount> amounts,
    List<Reference> references,
    List<ServicePayment> lines,
    int segmentPosition) {

  public ClaimPayment {
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    remarks = remarks == null ? List.of() : List.copyOf(remarks);
    dates = dates == null ? List.of() : List.copyOf(dates);
    amounts = amounts == null ? List.of() : List.copyOf(amounts);
    references = references == null ? List.of() : List.copyOf(references);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** True for CLP02 = 22 (reversal of a previous payment). */
  public boolean reversal() {
    return "22".equals(statusCode);
  }
}
