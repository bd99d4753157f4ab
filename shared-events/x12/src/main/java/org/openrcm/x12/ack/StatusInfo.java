package org.openrcm.x12.ack;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One STC segment of a 277CA.
 *
 * @param categoryCode         STC01-1: {@code A1} received, {@code A2} accepted into adjudication, {@code A3}
 *                             returned as unprocessable, {@code A4} not found, {@code A6} rejected for missing
 *                             information, {@code A7} rejected for invalid information, {@code A8} rejected for
 *                             relational field in error
 * @param statusCode           STC01-2 health care claim status code (e.g. {@code 20} accepted for processing,
 *                             {@code 33} subscriber/insured, {@code 562} entity's NPI, {@code 254} principal diagnosis)
 * @param entityIdentifierCode STC01-3, optional (e.g. {@code IL} subscriber, {@code 85} billing provider)
 * @param effectiveDate        STC02
 * @param actionCode           STC03: {@code WQ} accepted, {@code U} rejected
 * @param amount               STC04 total claim charge, optional
 * @param freeText             STC12, optional
 * @param segmentPosition      position of the STC in its transaction set when read, 0 when built
 */
public record StatusInfo(
    String categoryCode,
    String statusCode,
    String entityIdentifierCode,
    LocalDate effectiveDate,
    String actionCode,
    BigDecimal amount,
    String freeText,
    int segmentPosition) {

  /** True for the categories that mean the claim went on (A1, A2). */
  public boolean accepted() {
    return "A1".equals(categoryCode) || "A2".equals(categoryCode);
  }

  /** True for the rejecting categories (A3, A4, A6, A7, A8). */
  public boolean rejected() {
    return categoryCode != null && (categoryCode.equals("A3") || categoryCode.equals("A4")
        || categoryCode.equals("A6") || categoryCode.equals("A7") || categoryCode.equals("A8"));
  }
}
