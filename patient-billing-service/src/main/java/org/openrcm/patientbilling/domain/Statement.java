package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.Address;

/**
 * A statement as it was mailed to the guarantor: its figures, the address it went to, and the accounts it billed (the
 * guarantor's account and those of the other patients the guarantor answers for). Never changes.
 */
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private String patientId;

    @Column(name = "statement_date", nullable = false, updatable = false)
    private LocalDate statementDate;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "previous_balance", nullable = false, updatable = false)
    private BigDecimal previousBalance;

    @Column(name = "new_charges", nullable = false, updatable = false)
    private BigDecimal newCharges;

    @Column(name = "payments_received", nullable = false, updatable = false)
    private BigDecimal paymentsReceived;

    @Column(name = "balance_due", nullable = false, updatable = false)
    private BigDecimal balanceDue;

    @Column(name = "claim_count", nullable = false, updatable = false)
    private int claimCount;

    @Column(name = "guarantor_first_name", updatable = false)
    private String guarantorFirstName;

    @Column(name = "guarantor_last_name", updatable = false)
    private String guarantorLastName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "mailing_address", nullable = false, updatable = false)
    private Address mailingAddress;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "dunning_level", nullable = false, updatable = false)
    private int dunningLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "covered_accounts", nullable = false, updatable = false)
    private UUID[] coveredAccounts;

    protected Statement() {
    }

    /** A statement of {@code account} alone dated {@code statementDate}, payable {@code dueDays} later. */
    public static Statement issue(PatientAccount account, StatementFigures figures, LocalDate statementDate,
            int dueDays, Instant now) {
        return issue(account, List.of(account.id()), figures, statementDate, dueDays, 0, now);
    }

    /**
     * A statement to the guarantor of {@code account} (the guarantor's account) billing the {@code covered}
     * accounts, at a dunning level (0: none) whose message the printed statement carries.
     */
    public static Statement issue(PatientAccount account, List<UUID> covered, StatementFigures figures,
            LocalDate statementDate, int dueDays, int dunningLevel, Instant now) {
        if (!account.canBeMailed()) {
            throw new IllegalStateException("Account " + account.id() + " has no mailing address");
        }
        Statement statement = new Statement();
        statement.id = UUID.randomUUID();
        statement.tenantId = account.tenantId();
        statement.accountId = account.id();
        statement.patientId = account.patientId();
        statement.statementDate = statementDate;
        statement.dueDate = statementDate.plusDays(dueDays);
        statement.previousBalance = figures.previousBalance();
        statement.newCharges = figures.newCharges();
        statement.paymentsReceived = figures.paymentsReceived();
        statement.balanceDue = figures.balanceDue();
        statement.claimCount = figures.claimCount();
        statement.guarantorFirstName = account.guarantorFirstName();
        statement.guarantorLastName = account.guarantorLastName();
        statement.mailingAddress = account.mailingAddress();
        statement.issuedAt = now;
        statement.dunningLevel = dunningLevel;
        statement.coveredAccounts = covered.toArray(UUID[]::new);
        return statement;
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public UUID accountId() {
        return accountId;
    }

    public String patientId() {
        return patientId;
    }

    public LocalDate statementDate() {
        return statementDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal previousBalance() {
        return previousBalance;
    }

    public BigDecimal newCharges() {
        return newCharges;
    }

    public BigDecimal paymentsReceived() {
        return paymentsReceived;
    }

    public BigDecimal balanceDue() {
        return balanceDue;
    }

    public int claimCount() {
        return claimCount;
    }

    public String guarantorFirstName() {
        return guarantorFirstName;
    }

    public String guarantorLastName() {
        return guarantorLastName;
    }

    public Address mailingAddress() {
        return mailingAddress;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public int dunningLevel() {
        return dunningLevel;
    }

    public List<UUID> coveredAccounts() {
        return List.of(coveredAccounts);
    }

    public boolean covers(UUID accountId) {
        return Arrays.asList(coveredAccounts).contains(accountId);
    }
}
