package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.openrcm.events.claims.ClaimCreated;

/** What a statement line tells about a claim: when the service was, what it cost, which insurer was billed. */
@Entity
@Table(name = "claim_summary")
public class ClaimSummary {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private String claimId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private String patientId;

    @Column(name = "date_of_service", nullable = false, updatable = false)
    private LocalDate dateOfService;

    @Column(name = "total_charge", nullable = false, updatable = false)
    private BigDecimal totalCharge;

    @Column(name = "payer_id", nullable = false, updatable = false)
    private String payerId;

    @Column(name = "payer_name", nullable = false, updatable = false)
    private String payerName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "rendering_provider_npi", updatable = false)
    private String renderingProviderNpi;

    @Column(name = "self_pay", nullable = false, updatable = false)
    private boolean selfPay;

    /** X12 claim filing indicator of a patient paying without insurance. */
    static final String SELF_PAY = "09";

    protected ClaimSummary() {
    }

    public static ClaimSummary of(ClaimCreated claim) {
        ClaimSummary summary = new ClaimSummary();
        summary.id = UUID.randomUUID();
        summary.tenantId = claim.tenantId();
        summary.claimId = claim.claimId();
        summary.patientId = claim.patient().patientId();
        summary.dateOfService = claim.dateOfService();
        summary.totalCharge = claim.totalCharge();
        summary.payerId = claim.coverage().payerId();
        summary.payerName = claim.coverage().payerName();
        summary.createdAt = claim.createdAt();
        summary.renderingProviderNpi = claim.renderingProviderNpi();
        summary.selfPay = claim.coverage() != null && SELF_PAY.equals(claim.coverage().claimFilingIndicator());
        return summary;
    }

    public String claimId() {
        return claimId;
    }

    public LocalDate dateOfService() {
        return dateOfService;
    }

    public BigDecimal totalCharge() {
        return totalCharge;
    }

    public String payerName() {
        return payerName;
    }

    public String renderingProviderNpi() {
        return renderingProviderNpi;
    }

    /** No payer adjudicates a self-pay claim: the patient owes its whole charge at once. */
    public boolean selfPay() {
        return selfPay;
    }
}
