package org.openrcm.events.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Adjustment;

/**
 * The payer assigned part of a claim to the patient (group PR adjustments: deductible, coinsurance, copay ...).
 *
 * @param amount the patient's total share; the sum of {@code components}
 */
public record PatientResponsibilityDetermined(String tenantId, String claimId, String patientId,
        String remittanceId, String payerId, LocalDate dateOfService, BigDecimal chargeAmount,
        BigDecimal insurancePaid, BigDecimal amount, List<Adjustment> components, Instant determinedAt)
        implements RcmEvent {

    @Override
    public String aggregateId() {
        return claimId;
    }
}
