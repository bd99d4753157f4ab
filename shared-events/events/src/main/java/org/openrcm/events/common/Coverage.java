package org.openrcm.events.common;

/**
 * The insurance a claim is billed to.
 *
 * @param payerId              the payer's id at the clearinghouse (837P NM1*PR09)
 * @param memberId             the subscriber's member id (NM1*IL09)
 * @param relationshipCode     patient's relationship to the subscriber, X12 code: 18 self, 01 spouse, 19 child, G8 other
 * @param claimFilingIndicator SBR09, e.g. CI commercial, MB Medicare Part B, MC Medicaid
 */
public record Coverage(String payerId, String payerName, String memberId, String groupNumber,
        String relationshipCode, String claimFilingIndicator) {
}
