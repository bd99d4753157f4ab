package org.openrcm.x12.remit;

import java.util.List;

/**
 * One 835 005010X221A1 transaction set (one payment from one payer to one payee).
 *
 * @param setControlNumber     ST02 ({@code null} when built: the writer numbers the sets)
 * @param payment              BPR
 * @param trace                TRN
 * @param references           header REF (EV receiver id, F2 version)
 * @param dates                header DTM (405 production date)
 * @param payer                loop 1000A (N1*PR)
 * @param payee                loop 1000B (N1*PE)
 * @param claims               loops 2100 in file order (with their LX header number)
 * @param providerAdjustments  PLB
 */
public record Remittance835(
    String setControlNumber,
    PaymentInfo payment,
    TraceNumber trace,
    List<Reference> references,
    List<QualifiedDate> dates,
    RemitParty payer,
    RemitParty payee,
    List<ClaimPayment> claims,
    List<ProviderAdjustment> providerAdjustments) {

  public Remittance835 {
    references = references == null ? List.of() : List.copyOf(references);
    dates = dates == null ? List.of() : List.copyOf(dates);
    claims = claims == null ? List.of() : List.copyOf(claims);
    providerAdjustments = providerAdjustments == null ? List.of() : List.copyOf(providerAdjustments);
  }

  /** The payer id: REF*2U when present, else N104 of N1*PR. */
  public String payerId() {
    if (payer == null) {
      return null;
    }
    String ref = payer.reference("2U");
    return ref != null ? ref : payer.id();
  }
}
