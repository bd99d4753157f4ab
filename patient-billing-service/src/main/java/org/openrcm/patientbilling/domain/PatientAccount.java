package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Patient;

/**
 * A patient's account with one tenant: the balance the patient owes after insurance, and to whom and where its
 * statements go. The guarantor is the patient as the latest claim named them, until a biller names someone else; a
 * guarantor who answers for several patients (a parent for their children) is named once, on one account, and the
 * others point at it ({@code guarantorAccountId}): they are billed together on one statement.
 */
@Entity
@Table(name = "patient_account")
public class PatientAccount {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private String patientId;

    @Column(name = "guarantor_first_name")
    private String guarantorFirstName;

    @Column(name = "guarantor_last_name")
    private String guarantorLastName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "mailing_address")
    private Address mailingAddress;

    @Column(name = "demographics_as_of")
    private Instant demographicsAsOf;

    @Column(nullable = false)
    private BigDecimal balance;

    @Column(name = "last_statement_balance", nullable = false)
    private BigDecimal lastStatementBalance;

    @Column(name = "last_statement_date")
    private LocalDate lastStatementDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** e.g. PARENT, SPOUSE; null while the guarantor is the patient as the claims name them. */
    @Column(name = "guarantor_relationship")
    private String guarantorRelationship;

    /** Set by a person: claims no longer overwrite the guarantor. */
    @Column(name = "guarantor_fixed", nullable = false)
    private boolean guarantorFixed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status = AccountStatus.ACTIVE;

    /** The dunning level of the last statement (0: none). */
    @Column(name = "dunning_level", nullable = false)
    private int dunningLevel;

    @Column(name = "collections_at")
    private Instant collectionsAt;

    /** The account whose guarantor answers for this one: this account's own id unless it is billed with others. */
    @Column(name = "guarantor_account_id", nullable = false)
    private UUID guarantorAccountId;

    protected PatientAccount() {
    }

    /** A new account with nothing owed; its guarantor is unknown until a claim of the patient names them. */
    public static PatientAccount open(String tenantId, String patientId, Instant now) {
        PatientAccount account = new PatientAccount();
        account.id = UUID.randomUUID();
        account.tenantId = tenantId;
        account.patientId = patientId;
        account.balance = Money.ZERO;
        account.lastStatementBalance = Money.ZERO;
        account.createdAt = now;
        account.guarantorAccountId = account.id;
        return account;
    }

    /**
     * Takes the guarantor's name and mailing address from a claim's patient. Claims of one patient arrive in no
     * particular order, so demographics older than the ones the account has are ignored.
     */
    public void updateGuarantor(Patient patient, Instant asOf) {
        if (guarantorFixed || demographicsAsOf != null && demographicsAsOf.isAfter(asOf)) {
            return;
        }
        guarantorFirstName = patient.firstName();
        guarantorLastName = patient.lastName();
        mailingAddress = patient.address();
        demographicsAsOf = asOf;
    }

    /**
     * Someone other than the patient answers for the account (a child's parent): statements go to them from now on,
     * whatever later claims say about the patient.
     */
    public void assignGuarantor(String firstName, String lastName, Address address, String relationship,
            Instant now) {
        guarantorFirstName = firstName;
        guarantorLastName = lastName;
        mailingAddress = address;
        guarantorRelationship = relationship;
        guarantorFixed = true;
        demographicsAsOf = now;
        guarantorAccountId = id;
    }

    /**
     * The guarantor of {@code other}'s account answers for this one too (a second child of the same parent): from
     * now on both are billed on one statement, mailed to that guarantor.
     */
    public void shareGuarantorOf(PatientAccount other, String relationship, Instant now) {
        if (!other.tenantId.equals(tenantId)) {
            throw new IllegalArgumentException("Account " + other.id + " belongs to another tenant");
        }
        guarantorFirstName = other.guarantorFirstName;
        guarantorLastName = other.guarantorLastName;
        mailingAddress = other.mailingAddress;
        guarantorRelationship = relationship;
        guarantorFixed = true;
        demographicsAsOf = now;
        guarantorAccountId = other.guarantorAccountId;
    }

    /** Placed with the collection agency: no more statements or dunning from the practice. */
    public void sendToCollections(Instant now) {
        if (status == AccountStatus.COLLECTIONS) {
            throw new IllegalStateException("Account " + id + " is already in collections");
        }
        status = AccountStatus.COLLECTIONS;
        collectionsAt = now;
    }

    /** Recalled from the agency: the practice bills it again, dunning from the start. */
    public void recallFromCollections() {
        if (status != AccountStatus.COLLECTIONS) {
            throw new IllegalStateException("Account " + id + " is not in collections");
        }
        status = AccountStatus.ACTIVE;
        collectionsAt = null;
        dunningLevel = 0;
    }

    /** Applies an item to the balance; the item must belong to this account. */
    public void post(AccountItem item) {
        if (!item.accountId().equals(id)) {
            throw new IllegalArgumentException("Item " + item.id() + " belongs to another account");
        }
        balance = balance.add(item.balanceEffect());
    }

    /** Statements are mailed, so an account without an address cannot have one yet. */
    public boolean canBeMailed() {
        return mailingAddress != null;
    }

    /**
     * Remembers the statement just issued, which billed this account at {@code level}: the balance now is this
     * account's part of the next statement's previous balance. The statement must cover the account.
     */
    public void recordStatement(Statement statement, int level) {
        if (!statement.covers(id)) {
            throw new IllegalArgumentException("Statement " + statement.id() + " does not cover account " + id);
        }
        lastStatementBalance = balance;
        lastStatementDate = statement.statementDate();
        dunningLevel = level;
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String patientId() {
        return patientId;
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

    public BigDecimal balance() {
        return balance;
    }

    public BigDecimal lastStatementBalance() {
        return lastStatementBalance;
    }

    public LocalDate lastStatementDate() {
        return lastStatementDate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String guarantorRelationship() {
        return guarantorRelationship;
    }

    public AccountStatus status() {
        return status;
    }

    public int dunningLevel() {
        return dunningLevel;
    }

    public Instant collectionsAt() {
        return collectionsAt;
    }

    public UUID guarantorAccountId() {
        return guarantorAccountId;
    }
}
