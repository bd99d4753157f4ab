package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.patientbilling.domain.AccountStatus;
import org.openrcm.patientbilling.dunning.HoldKind;
import org.openrcm.patientbilling.report.AccountInquiryService.PatientView;
import org.openrcm.patientbilling.statement.AgingBuckets;
import org.openrcm.patientbilling.statement.OpenItem;

/**
 * What do I owe and why: the amount due and by when, any credit, each open claim with what insurance paid and
 * adjusted and what is left for the patient (one page of {@code openItemCount}), aging, a plan and holds.
 */
public record PatientAccountView(String accountId, String patientId, GuarantorResponse guarantor,
        AccountStatus status, BigDecimal amountDue, BigDecimal credit, LocalDate dueDate, AgingBuckets aging,
        List<HoldKind> holds, PaymentPlanResource.PlanResponse paymentPlan, int page, int size, int openItemCount,
        List<OpenItem> openItems) {

    static PatientAccountView of(PatientView view, int page, int size) {
        var account = view.account();
        return new PatientAccountView(account.id().toString(), account.patientId(),
                GuarantorResponse.of(account.guarantorFirstName(), account.guarantorLastName(),
                        account.mailingAddress()),
                account.status(), view.amountDue(), view.credit(), view.dueDate(), view.aging(), view.holds(),
                view.activePlan() == null ? null : PaymentPlanResource.PlanResponse.of(view.activePlan()), page, size,
                view.openItemCount(), view.openItems());
    }
}
