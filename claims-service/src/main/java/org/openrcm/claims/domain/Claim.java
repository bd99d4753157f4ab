package org.openrcm.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
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
import org.openrcm.events.common.Provider;
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
    /** Who made a change no person asked for. */
    public static final String SYSTEM = "system";
    /** CLM05-3 frequency codes. */
    public static final String ORIGINAL = "1";
    public static final String REPLACEMENT = "7";
    public static final String VOID = "8";

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rendering_provider")
    private Provider renderingProvider;

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

    @Column(name = "patient_control_number", nullable = false, updatable = false)
    private String patientControlNumber;

    @Column(name = "frequency_code", nullable = false)
    private String frequencyCode;

    @Column(nullable = false)
    private String route;

    @JdbcTypeCode(SqlTypes.JSON)
    private Subscriber subscriber;

    @Column(name = "payer_responsibility", nullable = false)
    private String payerResponsibility;

    @Column(name = "insurance_type_code")
    private String insuranceTypeCode;

    @Column(name = "benefits_assigned", nullable = false)
    private boolean benefitsAssigned;

    @Column(name = "release_of_information", nullable = false)
    private boolean releaseOfInformation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rejection_reasons", nullable = false)
    private List<RejectionReason> rejectionReasons = List.of();

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_category")
    private RejectionCategory rejectionCategory;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopen_reason")
    private String reopenReason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "previous_submission_id")
    private String previousSubmissionId;

    @Column(name = "void_reason")
    private String voidReason;

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
     * issues. Its patient control number (CLM01) is assigned here, once, and kept for replacements and voids.
     */
    public static Claim built(String tenantId, String encounterId, String patientControlNumber, String route,
            Patient patient, Coverage coverage, String billingProviderNpi, Provider renderingProvider,
            LocalDate dateOfService, String placeOfService, List<String> diagnosisCodes, List<PricedLine> lines,
            List<ValidationIssue> issues, Instant now) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.tenantId = tenantId;
        claim.encounterId = encounterId;
        claim.patientControlNumber = patientControlNumber;
        claim.frequencyCode = ORIGINAL;
        claim.route = route;
        claim.patient = patient;
        claim.patientId = patient.patientId();
        claim.coverage = coverage;
        claim.payerId = coverage.payerId();
        claim.payerResponsibility = "P";
        claim.benefitsAssigned = true;
        claim.releaseOfInformation = true;
        claim.billingProviderNpi = billingProviderNpi;
        claim.renderingProvider = renderingProvider;
        claim.renderingProviderNpi = renderingProvider.npi();
        claim.dateOfService = dateOfService;
        claim.placeOfService = placeOfService;
        claim.diagnosisCodes = List.copyOf(diagnosisCodes);
        lines.forEach(line -> claim.lines.add(ServiceLine.of(tenantId, line)));
        claim.totalCharge = ClaimPricer.total(lines);
        claim.createdAt = now;
        claim.scrubbed(issues, SYSTEM, null, now);
        return claim;
    }

    /** The claim as the scrubber sees it now. */
    public ClaimDraft draft(boolean billingProfilePresent) {
        return new ClaimDraft(billingProfilePresent, coverage, diagnosisCodes,
                lines.stream().map(ServiceLine::toPricedLine).toList(), subscriber);
    }

    /** Ready claims the 837P pre-check found would break the guide are held here with its reasons. */
    public void hold(List<ValidationIssue> issues, Instant now) {
        require(ClaimStatus.READY);
        scrubbed(issues, SYSTEM, "held before sending", now);
    }

    /** The claim joins a batch about to be sent to the clearinghouse. */
    public void startSubmission(String submissionId, Instant now) {
        require(ClaimStatus.READY);
        this.submissionId = submissionId;
        moveTo(ClaimStatus.SUBMITTING, "submission " + submissionId, SYSTEM, now);
    }

    /** The clearinghouse took the batch the claim went in; a void is then done with. */
    public void submitted(Instant now) {
        require(ClaimStatus.SUBMITTING);
        submittedAt = now;
        if (VOID.equals(frequencyCode)) {
            moveTo(ClaimStatus.VOIDED, "void sent in submission " + submissionId, SYSTEM, now);
        } else {
            moveTo(ClaimStatus.SUBMITTED, "submission " + submissionId, SYSTEM, now);
        }
    }

    /** The claim did not reach the clearinghouse and will not without a biller: it waits in their queue. */
    public void failed(String reason, Instant now) {
        require(ClaimStatus.SUBMITTING);
        moveTo(ClaimStatus.FAILED, reason, SYSTEM, now);
    }

    public void accepted(String payerClaimNumber, String note, Instant now) {
        require(ClaimStatus.SUBMITTED);
        if (payerClaimNumber != null) {
            this.payerClaimNumber = payerClaimNumber;
        }
        acceptedAt = now;
        moveTo(ClaimStatus.ACCEPTED, note, SYSTEM, now);
    }

    /** Rejected with at least one reason; the leading one decides the claim's rejection category. */
    public void rejected(List<RejectionReason> reasons, Instant now) {
        require(ClaimStatus.SUBMITTED);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        rejectionReasons = List.copyOf(reasons);
        rejectionCategory = RejectionReason.lead(reasons).category();
        rejectedAt = now;
        moveTo(ClaimStatus.REJECTED, reasons.stream().map(RejectionReason::text).collect(Collectors.joining("; ")),
                SYSTEM, now);
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
        reopenedAt = null;
        reopenReason = null;
        moveTo(outcome, note, SYSTEM, now);
        return true;
    }

    /**
     * The payer took its adjudication back (835 CLP02 = 22): the claim is with the payer again, ACCEPTED, until the
     * corrected adjudication arrives (or a biller replaces it), and the follow-up list shows it with the reason. A
     * claim not adjudicated (already reopened, or being replaced) keeps its status; the history records the reversal.
     *
     * @return false when only the history changed
     */
    public boolean reopened(String reason, Instant now) {
        if (status != ClaimStatus.PAID && status != ClaimStatus.DENIED) {
            moveTo(status, reason, SYSTEM, now);
            return false;
        }
        reopenedAt = now;
        reopenReason = reason;
        moveTo(ClaimStatus.ACCEPTED, reason, SYSTEM, now);
        return true;
    }

    /**
     * A poster working the payer's denial asked for a correction: the claim waits in the rejection queue with the
     * payer's reasons (CARC/RARC) until a biller corrects and resubmits it, which sends it as a replacement
     * (frequency 7) of the adjudicated claim when the payer's claim number is known.
     */
    public void correctionRequested(List<RejectionReason> reasons, String payerClaimNumber, Instant now) {
        if (!status.withPayer()) {
            throw new ClaimStateException("Claim is " + status + "; only an ACCEPTED, PAID or DENIED claim is"
                    + " corrected at the payer's request");
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A correction request needs a reason");
        }
        if (this.payerClaimNumber == null) {
            this.payerClaimNumber = payerClaimNumber;
        }
        if (this.payerClaimNumber != null) {
            frequencyCode = REPLACEMENT;
        }
        rejectionReasons = List.copyOf(reasons);
        rejectionCategory = RejectionReason.lead(reasons).category();
        rejectedAt = now;
        reopenedAt = null;
        reopenReason = null;
        moveTo(ClaimStatus.REJECTED, "correction requested by the payer's denial: " + reasons.stream()
                .map(RejectionReason::text).collect(Collectors.joining("; ")), SYSTEM, now);
    }

    /**
     * A biller's corrections to a claim held by the scrubber, rejected or failed. The claim stays where it is until
     * it is scrubbed again; the history records who changed which fields.
     */
    public void correct(ClaimCorrection correction, Function<String, BigDecimal> fee, String by, Instant now) {
        if (!status.correctable()) {
            throw new ClaimStateException("Claim is " + status + "; only SCRUB_FAILED, REJECTED or FAILED claims"
                    + " are corrected (replace an adjudicated one)");
        }
        apply(correction, fee);
        moveTo(status, "corrected " + String.join(", ", correction.fieldNames()), by, now);
    }

    /**
     * Scrubbed again after a correction (or a change of the practice's set-up): READY to go out, or held with the
     * issues. A claim sent before goes out as a resubmission of its last submission.
     */
    public void rescrubbed(List<ValidationIssue> issues, String route, String by, Instant now) {
        if (!status.correctable()) {
            throw new ClaimStateException("Claim is " + status + "; only SCRUB_FAILED, REJECTED or FAILED claims"
                    + " are scrubbed again");
        }
        if (submissionId != null) {
            previousSubmissionId = submissionId;
        }
        this.route = route;
        scrubbed(issues, by, "scrubbed again", now);
    }

    /**
     * A replacement (frequency 7) of a claim the payer has: corrected, then sent with the payer's claim number.
     */
    public void replace(ClaimCorrection correction, Function<String, BigDecimal> fee,
            Function<Claim, List<ValidationIssue>> scrubber, String route, String reason, String by, Instant now) {
        requireWithPayer("replaced");
        if (correction != null) {
            apply(correction, fee);
        }
        frequencyCode = REPLACEMENT;
        previousSubmissionId = submissionId;
        this.route = route;
        scrubbed(scrubber.apply(this), by, "replacement (frequency 7): " + reason, now);
    }

    /**
     * Withdraws the claim. One the payer has is voided by sending frequency 8 with its claim number (READY, then
     * VOIDED once sent); one never accepted by a payer is voided at once.
     *
     * @return true when a void must still be sent
     */
    public boolean voided(String reason, String route, String by, Instant now) {
        voidReason = reason;
        if (status.withPayer()) {
            requireWithPayer("voided");
            frequencyCode = VOID;
            previousSubmissionId = submissionId;
            this.route = route;
            scrubIssues = List.of();
            moveTo(ClaimStatus.READY, "void (frequency 8): " + reason, by, now);
            return true;
        }
        if (status == ClaimStatus.SUBMITTING || status == ClaimStatus.SUBMITTED || status == ClaimStatus.VOIDED) {
            throw new ClaimStateException("Claim is " + status + " and cannot be voided now");
        }
        moveTo(ClaimStatus.VOIDED, reason, by, now);
        return false;
    }

    /** Whether the claim goes out as a correction of an earlier submission (ClaimResubmitted). */
    public boolean resubmission() {
        return previousSubmissionId != null;
    }

    private void requireWithPayer(String what) {
        if (!status.withPayer()) {
            throw new ClaimStateException("Claim is " + status + "; only an ACCEPTED, PAID or DENIED claim is "
                    + what + " with the payer's claim number");
        }
        if (payerClaimNumber == null) {
            throw new ClaimStateException("The payer has given no claim number for this claim; it cannot be "
                    + what + " by frequency 7/8");
        }
    }

    private void apply(ClaimCorrection correction, Function<String, BigDecimal> fee) {
        if (correction.diagnosisCodes() != null) {
            diagnosisCodes = List.copyOf(correction.diagnosisCodes());
        }
        if (correction.lines() != null) {
            for (ClaimCorrection.LineCorrection line : correction.lines()) {
                lines.stream().filter(existing -> existing.lineNumber() == line.lineNumber()).findFirst()
                        .orElseThrow(() -> new ClaimStateException("The claim has no line " + line.lineNumber()))
                        .correct(line, fee);
            }
            totalCharge = lines.stream().map(ServiceLine::charge).reduce(BigDecimal.ZERO.setScale(2),
                    BigDecimal::add);
        }
        if (correction.memberId() != null || correction.groupNumber() != null
                || correction.relationshipCode() != null) {
            coverage = new Coverage(coverage.payerId(), coverage.payerName(),
                    orElse(correction.memberId(), coverage.memberId()),
                    orElse(correction.groupNumber(), coverage.groupNumber()),
                    orElse(correction.relationshipCode(), coverage.relationshipCode()),
                    coverage.claimFilingIndicator());
        }
        if (correction.patient() != null) {
            patient = new Patient(patientId, correction.patient().firstName(), correction.patient().lastName(),
                    correction.patient().birthDate(), correction.patient().sex(), correction.patient().address());
        }
        if (correction.subscriber() != null) {
            subscriber = correction.subscriber();
        }
        if (correction.renderingProvider() != null) {
            renderingProvider = correction.renderingProvider();
            renderingProviderNpi = renderingProvider.npi();
        }
        billingProviderNpi = orElse(correction.billingProviderNpi(), billingProviderNpi);
        placeOfService = orElse(correction.placeOfService(), placeOfService);
        payerResponsibility = orElse(correction.payerResponsibility(), payerResponsibility);
        insuranceTypeCode = orElse(correction.insuranceTypeCode(), insuranceTypeCode);
        benefitsAssigned = orElse(correction.benefitsAssigned(), benefitsAssigned);
        releaseOfInformation = orElse(correction.releaseOfInformation(), releaseOfInformation);
    }

    /** A claim with no billing profile at build time took the rendering NPI; scrubbing again captures the profile's. */
    public void captureBillingProvider(String npi) {
        billingProviderNpi = npi;
    }

    private void scrubbed(List<ValidationIssue> issues, String by, String why, Instant now) {
        scrubIssues = List.copyOf(issues);
        String codes = issues.stream().map(ValidationIssue::code).distinct().collect(Collectors.joining(", "));
        String note = why == null ? (issues.isEmpty() ? null : codes)
                : issues.isEmpty() ? why : why + ": " + codes;
        moveTo(issues.isEmpty() ? ClaimStatus.READY : ClaimStatus.SCRUB_FAILED, note, by, now);
    }

    private static <T> T orElse(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private void require(ClaimStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Claim " + id + " is " + status + ", not " + expected);
        }
    }

    private void moveTo(ClaimStatus next, String note, String by, Instant now) {
        status = next;
        updatedAt = now;
        history.add(new ClaimStatusChange(this, next, now, note, by));
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

    /** Null for claims built before the name was kept. */
    public Provider renderingProvider() {
        return renderingProvider;
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

    public String patientControlNumber() {
        return patientControlNumber;
    }

    public String frequencyCode() {
        return frequencyCode;
    }

    public String route() {
        return route;
    }

    public Subscriber subscriber() {
        return subscriber;
    }

    public String payerResponsibility() {
        return payerResponsibility;
    }

    public String insuranceTypeCode() {
        return insuranceTypeCode;
    }

    public boolean benefitsAssigned() {
        return benefitsAssigned;
    }

    public boolean releaseOfInformation() {
        return releaseOfInformation;
    }

    public List<RejectionReason> rejectionReasons() {
        return rejectionReasons;
    }

    public RejectionCategory rejectionCategory() {
        return rejectionCategory;
    }

    public Instant reopenedAt() {
        return reopenedAt;
    }

    public String reopenReason() {
        return reopenReason;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String voidReason() {
        return voidReason;
    }

    public String previousSubmissionId() {
        return previousSubmissionId;
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
