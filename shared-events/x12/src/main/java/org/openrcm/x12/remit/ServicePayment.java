package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2110: the payment of one service line.
 *
 * @param procedure             SVC01 as adjudicated
 * @param charge                SVC02
 * @param paid                  SVC03
 * @param revenueCode           SVC04, optional
 * @param units                 SVC05 units paid, optional (1 when absent)
 * @param originalProcedure     SVC06 as submitted when the payer changed it, optional
 * @param originalUnits         SVC07, optional
 * @param dates                 DTM*472 (or 150/151)
 * @param adjustments           line CAS triplets
 * @param references            REF (e.g. {@code 6R} line item control number)
 * @param amounts               AMT (e.g. {@code B6} allowed)
 * @param remarks               LQ*HE remark codes
 * @param segmentPosition       position of the SVC in the transaction set when read, 0 when built
 */
public record ServicePayment(
    ProcedureCode procedure,
    BigDecimal charge,
    BigDecimal paid,
    String revenueCode,
    BigDecimal units,
    ProcedureCode originalProcedure,
    BigDecimal originalUnits,
    List<QualifiedDate> dates,
    List<Adjustment> adjustments,
    List<Reference> references,
    List<QualifiedAmount> amounts,
    List<RemarkCode> remarks,
    int segmentPosition) {

  public ServicePayment {
    dates = dates == null ? List.of() : List.copyOf(dates);
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    references = references == null ? List.of() : List.copyOf(references);
    amounts = amounts == null ? List.of() : List.copyOf(amounts);
    remarks = remarks == null ? List.of() : List.copyOf(remarks);
  }

  /** REF*6R: the line item control number we sent in the 837P, or {@code null}. */
  public String lineItemControlNumber() {
    return references.stream().filter(r -> "6R".equals(r.qualifier())).map(Reference::value).findFirst()
        .orElse(null);
  }

  /** AMT*B6 allowed amount, or {@code null}. */
  public BigDecimal allowedAmount() {
    return amounts.stream().filter(a -> "B6".equals(a.qualifier())).map(QualifiedAmount::amount).findFirst()
        .orElse(null);
  }
}
