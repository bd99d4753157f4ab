package org.openrcm.patientbilling.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.common.Address;

/**
 * A statement as the patient reads it, the single source of both the PDF and the JSON handed to print-and-mail
 * vendors: who sends it and where to pay, to whom it goes, every open item, the activity since the last statement,
 * aging, the amount due and by when, and the dunning message of its level.
 */
public record StatementView(String statementId, String accountId, String patientId, LocalDate statementDate,
        LocalDate dueDate, Practice practice, Guarantor guarantor, BigDecimal previousBalance, BigDecimal newCharges,
        BigDecimal paymentsAndAdjustments, BigDecimal amountDue, BigDecimal credit, List<OpenItem> openItems,
        List<Activity> activity, AgingBuckets aging, int dunningLevel, String dunningMessage) {

    public record Practice(String name, String phone, Address address, Address remitTo, String howToPay) {
    }

    public record Guarantor(String firstName, String lastName, Address mailingAddress) {
    }

    /** A payment, adjustment or refund since the last statement, on the practice's local date. */
    public record Activity(LocalDate date, String kind, String reference, BigDecimal amount) {
    }
}
