package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;

/**
 * One change of an account's balance: the patient's share of a claim after insurance (a charge) or a payment the
 * patient made. It stays unbilled until a statement shows it.
 */
@Entity
@Table(name = "account_item")
public class AccountItem {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemKind kind;

    @Column(name = "claim_id", updatable = false)
    private String claimId;

    @Column(name = "remittance_id", updatable = false)
    private String remittanceId;

    @Column(name = "payment_id", updatable = false)
    private String paymentId;

    @Column(name = "payer_id", updatable = false)
    private String payerId;

    @Column(name = "date_of_service", updatable = false)
    private LocalDate dateOfService;

    @Column(name = "charge_amount", updatable = false)
    private BigDecimal chargeAmount;

    @Column(name = "insurance_paid", updatable = false)
    private BigDecimal insurancePaid;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    private List<Adjustment> components;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "statement_id")
    private UUID statementId;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String note;

    protected AccountItem() {
    }

    /** The patient's share of a claim, as the payer's adjudication determined it. */
    public static AccountItem charge(PatientAccount account, PatientResponsibilityDetermined event) {
        AccountItem item = newItem(account, ItemKind.CHARGE, event.claimId(), event.amount(), event.determinedAt());
        item.remittanceId = event.remittanceId();
        item.payerId = event.payerId();
        item.dateOfService = event.dateOfService();
        item.chargeAmount = event.chargeAmount();
        item.insurancePaid = event.insurancePaid();
        item.components = List.copyOf(event.components());
        return item;
    }

    /**
     * A change of what the patient owes for a claim (v2): the difference between the new determination and what the
     * account held for the claim, negative when the patient now owes less (a reversal, a secondary payment).
     */
    public static AccountItem responsibilityChange(PatientAccount account, PatientResponsibilityDeterminedV2 event,
            BigDecimal change) {
        AccountItem item = newItem(account, ItemKind.CHARGE, event.claimId(), change, event.determinedAt());
        item.remittanceId = event.remittanceId();
        item.payerId = event.payerId();
        item.dateOfService = event.dateOfService();
        item.chargeAmount = event.chargeAmount();
        item.insurancePaid = event.insurancePaid();
        item.components = List.copyOf(event.components());
        item.reason = event.reason();
        return item;
    }

    /** A payment of the patient's, posted in the ledger; towards one claim or the account as a whole. */
    public static AccountItem payment(PatientAccount account, PatientPaymentPosted event) {
        AccountItem item = newItem(account, ItemKind.PAYMENT, event.claimId(), event.amount(), event.postedAt());
        item.paymentId = event.paymentId();
        return item;
    }

    /** A payment taken by this service (card, cash, check, agency); payments-service posts it in its ledger. */
    public static AccountItem patientPayment(PatientAccount account, String paymentId, String claimId,
            BigDecimal amount, Instant receivedAt) {
        AccountItem item = newItem(account, ItemKind.PAYMENT, claimId, amount, receivedAt);
        item.paymentId = paymentId;
        return item;
    }

    /** The patient's whole charge of a self-pay claim: no payer will adjudicate it. */
    public static AccountItem selfPayCharge(PatientAccount account, ClaimSummary claim, Instant now) {
        AccountItem item = newItem(account, ItemKind.CHARGE, claim.claimId(), claim.totalCharge(), now);
        item.dateOfService = claim.dateOfService();
        item.chargeAmount = claim.totalCharge();
        item.insurancePaid = Money.ZERO;
        item.components = List.of();
        item.reason = "SELF_PAY";
        return item;
    }

    /**
     * An audited change by a person or a rule: an ADJUSTMENT (write-off) lowers the balance, a REFUND of a credit
     * raises it back; {@code actor} and {@code note} say who and why.
     */
    public static AccountItem audited(PatientAccount account, ItemKind kind, BigDecimal amount, String reason,
            String actor, String note, Instant now) {
        if (kind != ItemKind.ADJUSTMENT && kind != ItemKind.REFUND) {
            throw new IllegalArgumentException("Not an audited kind: " + kind);
        }
        AccountItem item = newItem(account, kind, null, amount, now);
        item.reason = reason;
        item.actor = actor;
        item.note = note;
        return item;
    }

    private static AccountItem newItem(PatientAccount account, ItemKind kind, String claimId, BigDecimal amount,
            Instant occurredAt) {
        AccountItem item = new AccountItem();
        item.id = UUID.randomUUID();
        item.tenantId = account.tenantId();
        item.accountId = account.id();
        item.kind = kind;
        item.claimId = claimId;
        item.amount = amount;
        item.occurredAt = occurredAt;
        return item;
    }

    /** How the item moves the balance: a charge or refund raises it, a payment or adjustment lowers it. */
    public BigDecimal balanceEffect() {
        return kind.balanceEffect(amount);
    }

    /** Once on a statement, an item is billed and is not shown on another one. */
    public void billOn(Statement statement) {
        if (statementId != null) {
            throw new IllegalStateException("Item " + id + " is already billed on statement " + statementId);
        }
        statementId = statement.id();
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public ItemKind kind() {
        return kind;
    }

    public String claimId() {
        return claimId;
    }

    public String remittanceId() {
        return remittanceId;
    }

    public String paymentId() {
        return paymentId;
    }

    public String payerId() {
        return payerId;
    }

    public LocalDate dateOfService() {
        return dateOfService;
    }

    public BigDecimal chargeAmount() {
        return chargeAmount;
    }

    public BigDecimal insurancePaid() {
        return insurancePaid;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<Adjustment> components() {
        return components;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public UUID statementId() {
        return statementId;
    }

    /** Why a v2 charge was posted (ORIGINAL, REVERSAL, CORRECTION, SECONDARY ...); null for other items. */
    public String reason() {
        return reason;
    }

    /** Who made an adjustment or refund (a user, or the rule that did). */
    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
