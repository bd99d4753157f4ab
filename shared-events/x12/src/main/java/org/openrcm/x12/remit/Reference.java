package org.openrcm.x12.remit;

/**
 * A REF segment.
 *
 * @param qualifier       REF01 (e.g. {@code EV} receiver id, {@code 2U} payer id, {@code 6R} line item control
 *                        number, {@code 1K} payer claim number)
 * @param value           REF02
 * @param segmentPosition position in the transaction set when read, 0 when built
 */
public record Reference(String qualifier, String value, int segmentPosition) {
}
