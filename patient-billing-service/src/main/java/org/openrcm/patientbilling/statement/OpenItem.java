package org.openrcm.patientbilling.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the patient still owes for one claim, and why: what was charged, what insurance paid and adjusted, the
 * patient's share, what the patient paid towards it, and what is left ({@code open}). {@code since} is the practice's
 * local date the patient first owed for it: aging and dunning count from it.
 */
public record OpenItem(String claimId, LocalDate dateOfService, String provider, String payer, BigDecimal charged,
        BigDecimal insurancePaid, BigDecimal insuranceAdjusted, BigDecimal patientOwes, BigDecimal patientPaid,
        BigDecimal open, LocalDate since) {

    OpenItem withPayment(BigDecimal payment) {
        return new OpenItem(claimId, dateOfService, provider, payer, charged, insurancePaid, insuranceAdjusted,
                patientOwes, patientPaid.add(payment), open.subtract(payment), since);
    }
}
