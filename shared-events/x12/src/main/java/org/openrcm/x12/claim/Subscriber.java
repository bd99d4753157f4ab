package org.openrcm.x12.claim;

import java.time.LocalDate;
import org.openrcm.x12.Address;

/**
 * Loop 2000B/2010BA: the insured.
 *
 * @param responsibility      SBR01
 * @param self                whether the subscriber is the patient (SBR02 = 18; otherwise SBR02 is empty and a
 *                            {@link Patient} loop 2000C follows)
 * @param groupNumber         SBR03, optional
 * @param claimFilingIndicator SBR09, e.g. {@code CI} commercial, {@code MB} Medicare part B, {@code MC} Medicaid
 * @param insuranceTypeCode   SBR05, required when Medicare is secondary (e.g. {@code 12}, {@code 13}, {@code 14},
 *                            {@code 41}, {@code 47}), otherwise {@code null}
 * @param memberId            NM109 with qualifier MI
 * @param lastName            NM103
 * @param firstName           NM104
 * @param birthDate           DMG02, required when the subscriber is the patient
 * @param sex                 DMG03 {@code M}, {@code F} or {@code U}, required when the subscriber is the patient
 * @param address             N3/N4, required when the subscriber is the patient
 */
public record Subscriber(
    PayerResponsibility responsibility,
    boolean self,
    String groupNumber,
    String claimFilingIndicator,
    String insuranceTypeCode,
    String memberId,
    String lastName,
    String firstName,
    LocalDate birthDate,
    String sex,
    Address address) {
}
