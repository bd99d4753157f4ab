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

    protected Encounter() {
    }

    /** An encounter whose codes the practice already chose; it is coded on receipt. */
    public static Encounter coded(String tenantId, NewEncounter details, Instant now) {
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
        encounter.receivedAt = now;
        encounter.codedAt = now;
        encounter.status = EncounterStatus.CODED;
        return encounter;
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
}
