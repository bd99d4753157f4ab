package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.payments.domain.Money;

/**
 * The payer's adjudication of one service line (835 loop 2110: SVC, DTM*472, CAS, REF*6R, LQ).
 *
 * @param procedureCode          SVC01-2 as adjudicated
 * @param submittedProcedureCode SVC06-2, the code as we billed it when the payer changed it; null otherwise
 * @param lineControlNumber      REF*6R: our line number, echoed from the 837P
 * @param segmentPosition        the SVC segment's position in its transaction set
 */
public record ServiceLineRemittance(String procedureCode, List<String> modifiers, BigDecimal chargeAmount,
        BigDecimal paidAmount, BigDecimal units, String submittedProcedureCode, List<String> submittedModifiers,
        String lineControlNumber, LocalDate serviceDate, List<Cas> adjustments, List<Remark> remarks,
        int segmentPosition) {

    public ServiceLineRemittance {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        submittedModifiers = submittedModifiers == null ? List.of() : List.copyOf(submittedModifiers);
        chargeAmount = Money.cents(chargeAmount);
        paidAmount = Money.cents(paidAmount);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }
}
