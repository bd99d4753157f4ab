package org.openrcm.events.common;

import java.math.BigDecimal;

/**
 * A claim adjustment as an 835 CAS segment carries it.
 *
 * @param groupCode  CO contractual, PR patient responsibility, OA other, PI payer initiated
 * @param reasonCode CARC, e.g. 45 charge exceeds fee schedule, 1 deductible, 2 coinsurance, 3 copay
 */
public record Adjustment(String groupCode, String reasonCode, BigDecimal amount) {
}
