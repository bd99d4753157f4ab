package org.openrcm.x12;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The GS header of a functional group, as read or as written.
 *
 * @param functionalIdCode       GS01: {@code HC} 837, {@code FA} 999, {@code HN} 277, {@code HP} 835
 * @param applicationSenderCode   GS02
 * @param applicationReceiverCode GS03
 * @param date                    GS04
 * @param time                    GS05
 * @param controlNumber           GS06
 * @param version                 GS08, e.g. {@code 005010X222A1}
 */
public record GroupEnvelope(
    String functionalIdCode,
    String applicationSenderCode,
    String applicationReceiverCode,
    LocalDate date,
    LocalTime time,
    String controlNumber,
    String version) {
}
