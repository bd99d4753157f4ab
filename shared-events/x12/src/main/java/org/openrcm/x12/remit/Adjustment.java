package org.openrcm.x12.remit;

import java.math.BigDecimal;

/**
 * One reason/amount/quantity triplet of a CAS segment, with its group (a CAS segment with three triplets gives three
 * adjustments with the same segment position).
 *
 * @param groupCode       CAS01: {@code CO} contractual, {@code PR} patient responsibility, {@code OA} other,
 *                        {@code PI} payer initiated, {@code CR} correction/reversal
 * @param reasonCode      CARC (CAS02/05/08/11/14/17)
 * @param amount          CAS03/06/...; positive reduces the payment, negative increases it
 * @param quantity        CAS04/07/..., optional
 * @param segmentPosition position of the CAS in the transaction set when read, 0 when built
 * @param triplet         1..6: which triplet of the CAS this is
 */
public record Adjustment(String groupCode, String reasonCode, BigDecimal amount, BigDecimal quantity,
    int segmentPosition, int triplet) {
}
