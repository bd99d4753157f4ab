package org.openrcm.simulator.wire;

import java.math.BigDecimal;

/** A claim adjustment (835 CAS): group code CO or PR, a CARC reason code, the amount. */
public record RemittedAdjustment(String groupCode, String reasonCode, BigDecimal amount) {
}
