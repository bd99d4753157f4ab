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
        return encounter;
    }

    /**
     * A coder's new codes, with what the edits found on them: the encounter is coded when they pass.
     *
     * @throws EncounterNotInReviewException when it is not waiting for a coder
     */
    public void recode(List<Diagnosis> newDiagnoses, List<ProcedureLine> newProcedures, List<EditFinding> findings,
            boolean passes, Instant now) {
        if (status != EncounterStatus.REVIEW_REQUIRED) {
            throw new EncounterNotInReviewException(id, status);
        }
        diagnoses = List.copyOf(newDiagnoses);
        procedures = List.copyOf(newProcedures);
        editFindings = List.copyOf(findings);
        if (passes) {
            status = EncounterStatus.CODED;
            codedAt = now;
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
}
