package org.openrcm.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ValidationIssue;

/**
 * A professional claim built from one coded encounter, priced and scrubbed, and its way through submission,
 * acknowledgment and adjudication. Every status change is kept in its history.
 */
@Entity
@Table(name = "claim")
public class Claim {

    /** Loads lines and histories of a page of claims in a few queries rather than one per claim. */
    private static final int BATCH = 100;

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "encounter_id", nullable = false, updatable = false)
    private String encounterId;

    @Column(name = "patient_id", nullable = false)
    private String patientId;

    @Column(name = "payer_id", nullable = false)
    private String payerId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Patient patient;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Coverage coverage;

    @Column(name = "billing_provider_npi", nullable = false)
    private String billingProviderNpi;

    @Column(name = "rendering_provider_npi", nullable = false)
    private String renderingProviderNpi;

    @Column(name = "date_of_service", nullable = false)
    private LocalDate dateOfService;

    @Column(name = "place_of_service", nullable = false)
    private String placeOfService;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "diagnosis_codes", nullable = false)
    private List<String> diagnosisCodes;

    @ElementCollection
    @CollectionTable(name = "claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("lineNumber")
    @BatchSize(size = BATCH)
    private List<ServiceLine> lines = new ArrayList<>();

    @Column(name = "total_charge", nullable = false)
    private BigDecimal totalCharge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scrub_issues", nullable = false)
    private List<ValidationIssue> scrubIssues;

    @Column(name = "submission_id")
    private String submissionId;

    @Column(name = "payer_claim_number")
    private String payerClaimNumber;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = BATCH)
    private List<ClaimStatusChange> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Claim() {
    }

    /**
     * A claim as built from an encounter: READY when the scrubber found nothing, otherwise SCRUB_FAILED with its
     * issues.
     */
    public static Claim built(String tenantId, String encounterId, Patient patient, Coverage coverage,
            String billingProviderNpi, String renderingProviderNpi, LocalDate dateOfService, String placeOfService,
            List<String> diagnosisCodes, List<PricedLine> lines, List<ValidationIssue> issues, Instant now) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.tenantId = tenantId;
        claim.encounterId = encounterId;
        claim.patient = patient;
        claim.patientId = patient.patientId();
        claim.coverage = coverage;
        claim.payerId = coverage.payerId();
        claim.billingProviderNpi = billingProviderNpi;
        claim.renderingProviderNpi = renderingProviderNpi;
        claim.dateOfService = dateOfService;
        claim.placeOfService = placeOfService;
        claim.diagnosisCodes = List.copyOf(diagnosisCodes);
        lines.forEach(line -> claim.lines.add(ServiceLine.of(tenantId, line)));
        claim.totalCharge = ClaimPricer.total(lines);
        claim.scrubIssues = List.copyOf(issues);
        claim.createdAt = now;
        claim.moveTo(issues.isEmpty() ? ClaimStatus.READY : ClaimStatus.SCRUB_FAILED, issues.isEmpty() ? null
                : issues.stream().map(ValidationIssue::code).distinct().collect(Collectors.joining(", ")), now);
        return claim;
    }

    /** The claim joins a batch about to be sent to the clearinghouse. */
    public void startSubmission(String submissionId, Instant now) {
        require(ClaimStatus.READY);
        this.submissionId = submissionId;
        moveTo(ClaimStatus.SUBMITTING, "submission " + submissionId, now);
    }

    /** The clearinghouse took the batch the claim went in. */
    public void submitted(Instant now) {
        require(ClaimStatus.SUBMITTING);
        moveTo(ClaimStatus.SUBMITTED, "submission " + submissionId, now);
    }

    public void accepted(String payerClaimNumber, String note, Instant now) {
        require(ClaimStatus.SUBMITTED);
        this.payerClaimNumber = payerClaimNumber;
        moveTo(ClaimStatus.ACCEPTED, note, now);
    }

    public void rejected(String note, Instant now) {
        require(ClaimStatus.SUBMITTED);
        moveTo(ClaimStatus.REJECTED, note, now);
    }

    /**
     * The payer's adjudication: PAID or DENIED. A later remittance may revise an earlier one.
     *
     * @return false when the claim already had that outcome (nothing changed)
     */
    public boolean adjudicated(ClaimStatus outcome, String note, Instant now) {
        if (outcome != ClaimStatus.PAID && outcome != ClaimStatus.DENIED) {
            throw new IllegalArgumentException("Not an adjudication outcome: " + outcome);
        }
        if (!status.adjudicable()) {
            throw new IllegalStateException("Claim " + id + " is " + status + " and cannot be adjudicated");
        }
        if (status == outcome) {
            return false;
        }
        moveTo(outcome, note, now);
        return true;
    }

    private void require(ClaimStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Claim " + id + " is " + status + ", not " + expected);
        }
    }

    private void moveTo(ClaimStatus next, String note, Instant now) {
        status = next;
        updatedAt = now;
        history.add(new ClaimStatusChange(this, next, now, note));
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String encounterId() {
        return encounterId;
    }

    public String patientId() {
        return patientId;
    }

    public String payerId() {
        return payerId;
    }

    public Patient patient() {
        return patient;
    }

    public Coverage coverage() {
        return coverage;
    }

    public String billingProviderNpi() {
        return billingProviderNpi;
    }

    public String renderingProviderNpi() {
        return renderingProviderNpi;
    }

    public LocalDate dateOfService() {
        return dateOfService;
    }

    public String placeOfService() {
        return placeOfService;
    }

    public List<String> diagnosisCodes() {
        return diagnosisCodes;
    }

    public List<ServiceLine> lines() {
        return List.copyOf(lines);
    }

    public BigDecimal totalCharge() {
        return totalCharge;
    }

    public ClaimStatus status() {
        return status;
    }

    public List<ValidationIssue> scrubIssues() {
        return scrubIssues;
    }

    public String submissionId() {
        return submissionId;
    }

    public String payerClaimNumber() {
        return payerClaimNumber;
    }

    public List<ClaimStatusChange> history() {
        return List.copyOf(history);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
