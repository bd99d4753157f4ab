package org.openrcm.x12;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The ISA header of an interchange, as read or as written.
 *
 * @param senderQualifier   ISA05
 * @param senderId          ISA06 (trimmed)
 * @param receiverQualifier ISA07
 * @param receiverId        ISA08 (trimmed)
 * @param date              ISA09
 * @param time              ISA10
 * @param controlNumber     ISA13, nine digits
 * @param usage             ISA15
 * @param delimiters        the delimiters ISA declared
 */
public record InterchangeEnvelope(
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    LocalDate date,
    LocalTime time,
    String controlNumber,
    UsageIndicator usage,
    Delimiters delimiters) {
}
