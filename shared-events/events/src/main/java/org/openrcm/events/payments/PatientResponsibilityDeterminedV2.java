package org.openrcm.events.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Adjustment;

/**
 * What the patient owes for a claim <em>as it now stands</em>, after the payer adjudication named by {@code reason}
 * (CloudEvents type {@code org.openrcm.payments.PatientResponsibilityDetermined.v2}). Unlike v1, which announced
 * one adjudication's share to be added, a subscriber replaces the claim's patient amount with {@code amount}: after
 * any sequence of original, reversal, correction and secondary payments the last event is the truth.
 *
 * @param amount         the patient's share of the claim now; the sum of {@code components}; may be 0
 * @param previousAmount what the previous revision said (0 before the first)
 * @param reason         ORIGINAL, CORRECTION (after a reversal), REVERSAL, SECONDARY (a crossover payer paid part
 *                       of the patient's share), DENIAL (a denial with PR adjustments) or MANUAL (a poster's change)
 * @param revision       1 for the claim's first determination, then +1 each; a subscriber ignores a revision not
 *                       above the last one it applied
 * @param insurancePaid  what the payers paid on the claim as it now stands
 * @param components     the group PR adjustments behind {@code amount} (empty when it is 0)
 */
public record PatientResponsibilityDeterminedV2(String tenantId, String claimId, String patientId,
        String remittanceId, String payerId, LocalDate dateOfService, BigDecimal chargeAmount,
        BigDecimal insurancePaid, BigDecimal amount, BigDecimal previousAmount, String reason, int revision,
        List<Adjustment> components, Instant determinedAt) implements RcmEvent {

    public static final String ORIGINAL = "ORIGINAL";
    public static final String CORRECTION = "CORRECTION";
    public static final String REVERSAL = "REVERSAL";
    public static final String SECONDARY = "SECONDARY";
    public static final String DENIAL = "DENIAL";
    public static final String MANUAL = "MANUAL";

    @Override
    public String aggregateId() {
        return claimId;
    }
}
