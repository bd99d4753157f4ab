package org.openrcm.payments.remittance;

import java.math.BigDecimal;

import org.openrcm.events.common.Adjustment;
import org.openrcm.payments.domain.Money;

/**
 * One adjustment of a CAS segment (a group code with one of its reason/amount pairs), with where it was read.
 *
 * @param segmentPosition the CAS segment's position in its transaction set (ST = 1), 0 when not read from X12
 */
public record Cas(String groupCode, String reasonCode, BigDecimal amount, int segmentPosition) {

    public Cas {
        amount = Money.cents(amount);
    }

    public static Cas of(Adjustment adjustment) {
        return new Cas(adjustment.groupCode(), adjustment.reasonCode(), adjustment.amount(), 0);
    }

    public Adjustment toAdjustment() {
        return new Adjustment(groupCode, reasonCode, amount);
    }

    public boolean isPatientResponsibility() {
        return ClaimRemittance.PATIENT_RESPONSIBILITY.equals(groupCode);
    }
}
