package org.openrcm.claims.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How a tenant bills one payer: its 837P name and claim filing indicator, whether it wants the billing taxonomy
 * (PRV*BI), the clearinghouse mailbox claims to it go through, how many days after service a claim may still be
 * filed, and how many days after acceptance payment is due.
 */
@Entity
@Table(name = "payer_config")
@IdClass(PayerConfig.Key.class)
public class PayerConfig {

    /** The mailbox of payers not configured. */
    public static final String DEFAULT_ROUTE = "default";

    /** The composite key: one configuration per tenant and payer. */
    public static class Key implements Serializable {

        private String tenantId;
        private String payerId;

        public Key() {
        }

        public Key(String tenantId, String payerId) {
            this.tenantId = tenantId;
            this.payerId = payerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && tenantId.equals(key.tenantId) && payerId.equals(key.payerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, payerId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Id
    @Column(name = "payer_id")
    private String payerId;

    @Column(nullable = false)
    private String name;

    @Column(name = "claim_filing_indicator", nullable = false)
    private String claimFilingIndicator;

    @Column(name = "requires_billing_taxonomy", nullable = false)
    private boolean requiresBillingTaxonomy;

    @Column(nullable = false)
    private String route;

    @Column(name = "timely_filing_days", nullable = false)
    private int timelyFilingDays;

    @Column(name = "payment_window_days", nullable = false)
    private int paymentWindowDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PayerConfig() {
    }

    public static PayerConfig of(String tenantId, PayerConfigDetails details, Instant now) {
        PayerConfig config = new PayerConfig();
        config.tenantId = tenantId;
        config.payerId = details.payerId();
        config.update(details, now);
        return config;
    }

    public void update(PayerConfigDetails details, Instant now) {
        name = details.name();
        claimFilingIndicator = details.claimFilingIndicator();
        requiresBillingTaxonomy = details.requiresBillingTaxonomy();
        route = details.route();
        timelyFilingDays = details.timelyFilingDays();
        paymentWindowDays = details.paymentWindowDays();
        updatedAt = now;
    }

    public PayerConfigDetails details() {
        return new PayerConfigDetails(payerId, name, claimFilingIndicator, requiresBillingTaxonomy, route,
                timelyFilingDays, paymentWindowDays);
    }

    public String payerId() {
        return payerId;
    }

    public String route() {
        return route;
    }
}
