package org.openrcm.coding.domain;

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
import org.openrcm.coding.edit.EditFinding;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;

/** A patient visit (encounter) of one tenant, with the codes that describe it. */
@Entity
@Table(name = "encounter")
public class Encounter {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    @Column(name = "patient_id", nullable = false)
    private String patientId;

    @Column(name = "rendering_npi", nullable = false)
    private String renderingNpi;

    @Column(name = "date_of_service", nullable = false)
    private LocalDate dateOfService;

    @Column(name = "place_of_service", nullable = false)
    private String placeOfService;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EncounterStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Patient patient;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Coverage coverage;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rendering_provider", nullable = false)
    private Provider renderingProvider;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Diagnosis> diagnoses;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ProcedureLine> procedures;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "coded_at")
    private Instant codedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private ClinicalDocumentation documentation;

    @Column(name = "note_text")
    private String noteText;

    /** The submission as received, canonical JSON, to tell a practice's retry from a changed resend. */
    @Column(name = "submission")
    private String submission;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "edit_findings")
    private List<EditFinding> editFindings;

    @Column(name = "auto_coded", nullable = false, updatable = false)
    private boolean autoCoded;

    /** The ids of the edits that failed at intake, kept for the analytics when a coder's codes replace the findings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "intake_failed_edits", nullable = false, updatable = false)
    private List<String> intakeFailedEdits;

    /** Since when it waits for a coder; the queue shows its age from here. */
    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "provider_query")
    private String providerQuery;

    /** The payer's reason when a rejection or denial sent the coded encounter back to the queue. */
    @Column(name = "reopen_reason")
    private String reopenReason;

    /** 1 when first coded; each reopening by a payer's coding reason starts the next revision. */
    @Column(nullable = false)
    private int revision;

    protected Encounter() {
    }

    /**
     * An encounter as taken in, with what the coding edits found: coded when {@code autoCoded}, otherwise waiting
     * for a coder.
     */
    public static Encounter received(String tenantId, NewEncounter details, String submission,
            List<EditFinding> findings, boolean autoCoded, Instant now) {
        Encounter encounter = new Encounter();
        encounter.id = UUID.randomUUID();
        encounter.tenantId = tenantId;
        encounter.externalId = details.externalId();
        encounter.patient = details.patient();
        encounter.patientId = details.patient().patientId();
        encounter.coverage = details.coverage();
        encounter.renderingProvider = details.renderingProvider();
        encounter.renderingNpi = details.renderingProvider().npi();
        encounter.dateOfService = details.dateOfService();
        encounter.placeOfService = details.placeOfService();
        encounter.diagnoses = List.copyOf(details.diagnoses());
        encounter.procedures = List.copyOf(details.procedures());
        encounter.documentation = details.documentation();
        encounter.noteText = details.note();
        encounter.submission = submission;
        encounter.editFindings = List.copyOf(findings);
        encounter.receivedAt = now;
        encounter.status = autoCoded ? EncounterStatus.CODED : EncounterStatus.REVIEW_REQUIRED;
        encounter.codedAt = autoCoded ? now : null;
        encounter.queuedAt = autoCoded ? null : now;
        encounter.autoCoded = autoCoded;
        encounter.intakeFailedEdits = findings.stream().filter(EditFinding::blocking).map(EditFinding::editId)
                .distinct().toList();
        encounter.revision = 1;
        return encounter;
    }

    /**
     * A coder's new codes, with what the edits found on them: the encounter is coded when they pass.
     *
     * @throws EncounterNotInReviewException when it is not waiting for a coder
     */
    public void recode(List<Diagnosis> newDiagnoses, List<ProcedureLine> newProcedures, List<EditFinding> findings,
            boolean passes, Instant now) {
        requireInReview();
        diagnoses = List.copyOf(newDiagnoses);
        procedures = List.copyOf(newProcedures);
        editFindings = List.copyOf(findings);
        if (passes) {
            status = EncounterStatus.CODED;
            codedAt = now;
            assignedTo = null;
            claimedAt = null;
        }
    }

    /**
     * Assigns the encounter in review to one coder; claiming it again is harmless.
     *
     * @throws EncounterClaimedException when another coder holds it
     */
    public void claim(String userId, Instant now) {
        requireInReview();
        requireActionableBy(userId);
        if (assignedTo == null) {
            assignedTo = userId;
            claimedAt = now;
        }
    }

    /**
     * Only the coder who claimed an encounter acts on it; an unclaimed one anyone may.
     *
     * @throws EncounterClaimedException when another coder holds it
     */
    public void requireActionableBy(String userId) {
        if (assignedTo != null && !assignedTo.equals(userId)) {
            throw new EncounterClaimedException(id, assignedTo);
        }
    }

    /** The coder asks the provider a question; the encounter waits for the answer outside the queue. */
    public void queryProvider(String question) {
        requireInReview();
        providerQuery = question;
        status = EncounterStatus.QUERIED;
    }

    /**
     * The provider answered: the encounter is back in the queue, with the coder who asked.
     *
     * @throws EncounterNotQueriedException when no question is open
     */
    public void providerAnswered() {
        if (status != EncounterStatus.QUERIED) {
            throw new EncounterNotQueriedException(id, status);
        }
        status = EncounterStatus.REVIEW_REQUIRED;
    }

    /**
     * A payer sent the claim back for a coding reason: a coded encounter returns to the queue for its next revision;
     * one already back there only takes the newer reason.
     */
    public void reopen(String payerReason, Instant now) {
        reopenReason = payerReason;
        if (status == EncounterStatus.CODED) {
            status = EncounterStatus.REVIEW_REQUIRED;
            revision++;
            queuedAt = now;
            assignedTo = null;
            claimedAt = null;
        }
    }

    private void requireInReview() {
        if (status != EncounterStatus.REVIEW_REQUIRED) {
            throw new EncounterNotInReviewException(id, status);
        }
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String externalId() {
        return externalId;
    }

    public String patientId() {
        return patientId;
    }

    public Patient patient() {
        return patient;
    }

    public Coverage coverage() {
        return coverage;
    }

    public Provider renderingProvider() {
        return renderingProvider;
    }

    public LocalDate dateOfService() {
        return dateOfService;
    }

    public String placeOfService() {
        return placeOfService;
    }

    public EncounterStatus status() {
        return status;
    }

    public List<Diagnosis> diagnoses() {
        return diagnoses;
    }

    public List<ProcedureLine> procedures() {
        return procedures;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant codedAt() {
        return codedAt;
    }

    public ClinicalDocumentation documentation() {
        return documentation == null ? ClinicalDocumentation.NONE : documentation;
    }

    public String noteText() {
        return noteText;
    }

    public String submission() {
        return submission;
    }

    public List<EditFinding> editFindings() {
        return editFindings == null ? List.of() : editFindings;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public String providerQuery() {
        return providerQuery;
    }

    public String reopenReason() {
        return reopenReason;
    }

    public int revision() {
        return revision;
    }
}
