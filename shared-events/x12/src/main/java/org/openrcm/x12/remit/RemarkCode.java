package org.openrcm.x12.remit;

/**
 * A RARC remark code (MIA/MOA at claim level, LQ*HE at line level).
 *
 * @param code            e.g. {@code N130}, {@code MA130}
 * @param segmentId       {@code MIA}, {@code MOA} or {@code LQ}
 * @param segmentPosition position in the transaction set when read, 0 when built
 */
public record RemarkCode(String code, String segmentId, int segmentPosition) {
}
