package org.openrcm.claims.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.Address;

/**
 * The practice as billing provider (837P loop 2000A): its NPI, name, tax id (EIN), address and taxonomy, pay-to
 * address, and the submitter and receiver it sends under when not the bureau's. One per tenant.
 */
@Entity
@Table(name = "billing_profile")
public class BillingProfile {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "billing_provider_npi", nullable = false)
    private String billingProviderNpi;

    @Column(name = "billing_provider_name", nullable = false)
    private String billingProviderName;

    @Column(name = "tax_id", nullable = false)
    private String taxId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Address address;

    @Column(name = "taxonomy_code")
    private String taxonomyCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pay_to_address")
    private Address payToAddress;

    @JdbcTypeCode(SqlTypes.JSON)
    private BillingProfileDetails.SubmitterDetails submitter;

    @JdbcTypeCode(SqlTypes.JSON)
    private BillingProfileDetails.ReceiverDetails receiver;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BillingProfile() {
    }

    public static BillingProfile of(String tenantId, BillingProfileDetails details, Instant now) {
        BillingProfile profile = new BillingProfile();
        profile.tenantId = tenantId;
        profile.update(details, now);
        return profile;
    }

    public void update(BillingProfileDetails details, Instant now) {
        billingProviderNpi = details.billingProviderNpi();
        billingProviderName = details.billingProviderName();
        taxId = details.taxId();
        address = details.address();
        taxonomyCode = details.taxonomyCode();
        payToAddress = details.payToAddress();
        submitter = details.submitter();
        receiver = details.receiver();
        updatedAt = now;
    }

    public BillingProfileDetails details() {
        return new BillingProfileDetails(billingProviderNpi, billingProviderName, taxId, address, taxonomyCode,
                payToAddress, submitter, receiver);
    }

    public String tenantId() {
        return tenantId;
    }

    public String billingProviderNpi() {
        return billingProviderNpi;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
