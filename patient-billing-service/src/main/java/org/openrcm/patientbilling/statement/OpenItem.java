package org.openrcm.patientbilling.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a patient still owes for one claim, and why: what was charged, what insurance paid and adjusted, the patient's
 * share, what the patient paid towards it, and what is left ({@code open}). {@code since} is the practice's local
 * date aging and dunning count from: the date of the first statement that billed the claim, or, until a statement
 * did, the date the patient first owed for it (the bureau's convention: a patient is not past due for a bill they
 * never got). {@code patientId} names the patient when one statement bills a guarantor for several.
 */
public record OpenItem(String patientId, String claimId, LocalDate dateOfService, String provider, String payer,
        BigDecimal charged, BigDecimal insurancePaid, BigDecimal insuranceAdjusted, BigDecimal patientOwes,
        BigDecimal patientPaid, BigDecimal open, LocalDate since) {

    OpenItem withPayment(BigDecimal payment) {
        return new OpenItem(patientId, claimId, dateOfService, provider, payer, charged, insurancePaid,
                insuranceAdjusted, patientOwes, patientPaid.add(payment), open.subtract(payment), since);
    }
}
