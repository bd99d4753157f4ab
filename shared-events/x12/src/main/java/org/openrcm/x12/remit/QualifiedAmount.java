package org.openrcm.x12.remit;

import java.math.BigDecimal;

/**
 * An AMT segment.
 *
 * @param qualifier       AMT01 (e.g. {@code AU} coverage amount, {@code B6} allowed, {@code I} interest)
 * @param amount          AMT02
 * @param segmentPosition position in the transaction set when read, 0 when built
 */
public record QualifiedAmount(String qualifier, BigDecimal amount, int segmentPosition) {
}
