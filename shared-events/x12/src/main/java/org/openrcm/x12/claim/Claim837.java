package org.openrcm.x12.claim;

import java.util.List;

/**
 * One professional claim as a biller's claim maps to it, with everything the 837P needs around it. The writer
 * groups consecutive claims of the same billing provider under one 2000A and writes one 2000B per claim.
 *
 * @param billingProvider the billing provider captured on the claim (2000A)
 * @param subscriber      2000B/2010BA
 * @param payer           2010BB
 * @param patient         2000C/2010CA when the patient is not the subscriber, otherwise {@code null}
 * @param details         2300 (and 2310B)
 * @param serviceLines    2400, at least one
 * @param segmentPosition position of the CLM segment in its transaction set when read, 0 when built for writing
 * @param otherPayers     2320/2330: the other payers (e.g. the primary on a secondary claim), may be empty
 */
public record Claim837(
    BillingProvider billingProvider,
    Subscriber subscriber,
    Payer payer,
    Patient patient,
    ClaimDetails details,
    List<ServiceLine> serviceLines,
    int segmentPosition,
    List<OtherPayer> otherPayers) {

  public Claim837 {
    serviceLines = serviceLines == null ? List.of() : List.copyOf(serviceLines);
    otherPayers = otherPayers == null ? List.of() : List.copyOf(otherPayers);
  }

  /** A claim without other payers, at a segment position (as first published). */
  public Claim837(BillingProvider billingProvider, Subscriber subscriber, Payer payer, Patient patient,
      ClaimDetails details, List<ServiceLine> serviceLines, int segmentPosition) {
    this(billingProvider, subscriber, payer, patient, details, serviceLines, segmentPosition, List.of());
  }

  /** A claim built for writing (no segment position). */
  public Claim837(BillingProvider billingProvider, Subscriber subscriber, Payer payer, Patient patient,
      ClaimDetails details, List<ServiceLine> serviceLines) {
    this(billingProvider, subscriber, payer, patient, details, serviceLines, 0, List.of());
  }

  /** This claim with other payers (2320/2330) to coordinate benefits with. */
  public Claim837 withOtherPayers(List<OtherPayer> others) {
    return new Claim837(billingProvider, subscriber, payer, patient, details, serviceLines, segmentPosition, others);
  }

  /** CLM01. */
  public String patientControlNumber() {
    return details == null ? null : details.patientControlNumber();
  }
}
