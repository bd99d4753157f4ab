package org.openrcm.patientbilling.plan;

import java.time.LocalDate;

/** How often a payment plan's installments fall due. */
public enum PlanFrequency {
    WEEKLY, BIWEEKLY, MONTHLY;

    /** The due date of installment {@code index} (0 = the first). */
    public LocalDate dueDate(LocalDate first, int index) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case BIWEEKLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }
}
