package org.openrcm.patientbilling.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openrcm.events.patientbilling.PaymentPlanCreated;
import org.openrcm.patientbilling.domain.Money;
import org.openrcm.patientbilling.domain.PatientAccount;

/**
 * A patient's agreement to pay {@code totalAmount} in installments. It is kept while what the patient paid since it
 * started covers every installment due before today (the due day itself is grace); paid in full it is completed, and
 * a missed installment breaks it, which puts the account back into dunning.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "total_amount", nullable = false, updatable = false)
    private BigDecimal totalAmount;

    @Column(name = "installment_amount", nullable = false, updatable = false)
    private BigDecimal installmentAmount;

    @Column(nullable = false, updatable = false)
    private int installments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PlanFrequency frequency;

    @Column(name = "first_due_date", nullable = false, updatable = false)
    private LocalDate firstDueDate;

    @Column(nullable = false, updatable = false)
    private boolean autopay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    /** What the patient had paid on the account in all when the plan started; payments beyond it count for it. */
    @Column(name = "paid_at_start", nullable = false, updatable = false)
    private BigDecimal paidAtStart;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected PaymentPlan() {
    }

    /** A plan and the event announcing it. */
    public record Created(PaymentPlan plan, PaymentPlanCreated event) {
    }

    public static Created create(PatientAccount account, BigDecimal totalAmount, BigDecimal installmentAmount,
            PlanFrequency frequency, LocalDate firstDueDate, boolean autopay, BigDecimal paidSoFar, Instant now) {
        if (totalAmount.signum() <= 0 || installmentAmount.signum() <= 0
                || installmentAmount.compareTo(totalAmount) > 0) {
            throw new IllegalArgumentException("A plan needs 0 < installmentAmount <= totalAmount");
        }
        PaymentPlan plan = new PaymentPlan();
        plan.id = UUID.randomUUID();
        plan.tenantId = account.tenantId();
        plan.accountId = account.id();
        plan.totalAmount = totalAmount;
        plan.installmentAmount = installmentAmount;
        plan.installments = totalAmount.divide(installmentAmount, 0, RoundingMode.CEILING).intValueExact();
        plan.frequency = frequency;
        plan.firstDueDate = firstDueDate;
        plan.autopay = autopay;
        plan.status = PlanStatus.ACTIVE;
        plan.paidAtStart = paidSoFar;
        plan.createdAt = now;
        return new Created(plan, new PaymentPlanCreated(plan.tenantId, plan.id.toString(), account.id().toString(),
                account.patientId(), totalAmount, installmentAmount, plan.installments, frequency.name(),
                firstDueDate, now));
    }

    /** What must have been paid by {@code today}: every installment due before it, the last one the rest. */
    public BigDecimal dueBefore(LocalDate today) {
        int due = 0;
        while (due < installments && frequency.dueDate(firstDueDate, due).isBefore(today)) {
            due++;
        }
        return installmentAmount.multiply(BigDecimal.valueOf(due)).min(totalAmount).setScale(2);
    }

    /**
     * Checks the plan against what the patient has paid on the account in all: completes it when paid, breaks it when
     * an installment was missed. Returns the status after the check.
     */
    public PlanStatus check(BigDecimal paidInAll, LocalDate today, Instant now) {
        if (status != PlanStatus.ACTIVE) {
            return status;
        }
        BigDecimal paidSince = paidInAll.subtract(paidAtStart);
        if (paidSince.compareTo(totalAmount) >= 0) {
            end(PlanStatus.COMPLETED, now);
        } else if (paidSince.compareTo(dueBefore(today)) < 0) {
            end(PlanStatus.BROKEN, now);
        }
        return status;
    }

    /** The next installment date not yet covered, for the statement; null when none is left. */
    public LocalDate nextDueDate(BigDecimal paidInAll) {
        BigDecimal paidSince = paidInAll.subtract(paidAtStart).max(Money.ZERO);
        int covered = paidSince.divide(installmentAmount, 0, RoundingMode.FLOOR).intValue();
        return covered >= installments ? null : frequency.dueDate(firstDueDate, covered);
    }

    private void end(PlanStatus ended, Instant now) {
        status = ended;
        endedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public BigDecimal totalAmount() {
        return totalAmount;
    }

    public BigDecimal installmentAmount() {
        return installmentAmount;
    }

    public int installments() {
        return installments;
    }

    public PlanFrequency frequency() {
        return frequency;
    }

    public LocalDate firstDueDate() {
        return firstDueDate;
    }

    public boolean autopay() {
        return autopay;
    }

    public PlanStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
