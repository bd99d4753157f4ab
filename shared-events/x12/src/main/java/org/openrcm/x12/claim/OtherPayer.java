package org.openrcm.x12.claim;

import java.math.BigDecimal;

/**
 * Loops 2320/2330A/2330B: another payer of the claim (the primary payer on a secondary claim), so the destination
 * payer can coordinate benefits.
 *
 * @param responsibility       SBR01 of the other payer
 * @param relationshipCode     SBR02 individual relationship of the patient to the other insured ({@code 18} self)
 * @param groupNumber          SBR03, optional
 * @param claimFilingIndicator SBR09
 * @param paidAmount           AMT*D what the other payer paid, {@code null} when it has not adjudicated the claim
 * @param insuredLastName      2330A NM103
 * @param insuredFirstName     2330A NM104
 * @param insuredMemberId      2330A NM109 (qualifier MI)
 * @param payerName            2330B NM103
 * @param payerId              2330B NM109 (qualifier PI)
 */
public record OtherPayer(
    PayerResponsibility responsibility,
    String relationshipCode,
    String groupNumber,
    String claimFilingIndicator,
    BigDecimal paidAmount,
    String insuredLastName,
    String insuredFirstName,
    String insuredMemberId,
    String payerName,
    String payerId) {
}
