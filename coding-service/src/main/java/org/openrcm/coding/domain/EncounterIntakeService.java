package org.openrcm.coding.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.coding.persistence.EncounterRepository;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.coding.EncounterReceived;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Takes encounters in. An encounter arrives with its codes already chosen, so intake stores it as coded and
 * announces both facts (received, coded) in the same transaction. A practice's retry of the same visit (same
 * external id) returns the encounter already taken in and announces nothing again.
 */
@ApplicationScoped
public class EncounterIntakeService {

    /** The outcome of an intake: the encounter, and whether this call created it. */
    public record Intake(Encounter encounter, boolean created) {
    }

    private final EncounterRepository encounters;
    private final OutboxWriter outbox;
    private final Clock clock;

    EncounterIntakeService(EncounterRepository encounters, OutboxWriter outbox, Clock clock) {
        this.encounters = encounters;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Intake receive(String tenantId, NewEncounter details) {
        Optional<Encounter> existing = encounters.findByExternalId(tenantId, details.externalId());
        if (existing.isPresent()) {
            return new Intake(existing.get(), false);
        }
        List<ValidationIssue> issues = EncounterEdits.check(details, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (!issues.isEmpty()) {
            throw new EncounterRejectedException(issues);
        }
        Encounter encounter = Encounter.coded(tenantId, details, clock.instant());
        encounters.persist(encounter);
        outbox.append(new EncounterReceived(tenantId, encounter.id().toString(), encounter.externalId(),
                encounter.patientId(), encounter.renderingProvider().npi(), encounter.dateOfService(),
                encounter.placeOfService(), encounter.receivedAt()));
        outbox.append(new EncounterCoded(tenantId, encounter.id().toString(), encounter.externalId(),
                encounter.patient(), encounter.coverage(), encounter.renderingProvider(), encounter.dateOfService(),
                encounter.placeOfService(), encounter.diagnoses(), encounter.procedures(), encounter.codedAt()));
        return new Intake(encounter, true);
    }

    @Transactional
    public Optional<Encounter> find(String tenantId, UUID id) {
        return encounters.findForTenant(tenantId, id);
    }

    @Transactional
    public List<Encounter> list(String tenantId, EncounterStatus status, int page, int size) {
        return encounters.listForTenant(tenantId, status, page, size);
    }
}
