package org.openrcm.coding.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.coding.codeset.CodeSetLookup;
import org.openrcm.coding.codeset.CodeSetSnapshot;
import org.openrcm.coding.edit.CodingEdit;
import org.openrcm.coding.edit.CodingRouter;
import org.openrcm.coding.edit.EditContext;
import org.openrcm.coding.edit.EditFinding;
import org.openrcm.coding.persistence.CodingActionRepository;
import org.openrcm.coding.persistence.EncounterRepository;
import org.openrcm.events.coding.CodingReviewRequired;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.coding.EncounterReceived;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Takes encounters in and codes them. Every coding edit runs against the code sets in force on the date of service;
 * when all error-severity edits pass (and a suggestion's confidence, when there is one, reaches the practice's
 * threshold) the encounter is coded and announced ({@code EncounterCoded}); otherwise it waits for a coder
 * ({@code CodingReviewRequired} with the failed edits). A retry of the same visit (same external id, same content)
 * returns the encounter already taken in; the same external id with other content is a conflict.
 */
@ApplicationScoped
public class EncounterIntakeService {

    /** The outcome of an intake: the encounter, and whether this call created it. */
    public record Intake(Encounter encounter, boolean created) {
    }

    private final EncounterRepository encounters;
    private final CodingActionRepository actions;
    private final CodeSetLookup codeSets;
    private final CodingSettingsService settings;
    private final NoteCoding noteCoding;
    private final OutboxWriter outbox;
    private final Clock clock;

    EncounterIntakeService(EncounterRepository encounters, CodingActionRepository actions, CodeSetLookup codeSets,
            CodingSettingsService settings, NoteCoding noteCoding, OutboxWriter outbox, Clock clock) {
        this.encounters = encounters;
        this.actions = actions;
        this.codeSets = codeSets;
        this.settings = settings;
        this.noteCoding = noteCoding;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @throws EncounterConflictException when the external id was taken in with other content
     * @throws EncounterRejectedException when the encounter cannot be billed at all (bad NPI, future date ...)
     */
    @Transactional
    public Intake receive(String tenantId, NewEncounter received) {
        // What the practice sent decides whether a re-sending is the same, not what the suggester made of it.
        String submission = Submissions.canonical(received);
        Optional<Encounter> existing = encounters.findByExternalId(tenantId, received.externalId());
        if (existing.isPresent()) {
            List<String> differences = Submissions.differences(existing.get().submission(), submission);
            if (!differences.isEmpty()) {
                throw new EncounterConflictException(received.externalId(), differences);
            }
            return new Intake(existing.get(), false);
        }
        NoteCoding.Assisted assisted = noteCoding.assist(received);
        NewEncounter details = assisted.encounter();
        List<ValidationIssue> issues = EncounterEdits.check(details, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (!issues.isEmpty()) {
            throw new EncounterRejectedException(issues);
        }
        List<EditFinding> findings = edit(tenantId, details.dateOfService(), details.patient().birthDate(),
                details.patient().sex(), codes(details.diagnoses()), details.procedures(), details.documentation());
        CodingRouter.Decision decision = CodingRouter.decide(findings, assisted.confidence(),
                settings.autoCodingThreshold(tenantId));
        Encounter encounter = Encounter.received(tenantId, details, submission, findings, decision.autoCoded(),
                clock.instant());
        encounters.persist(encounter);
        outbox.append(new EncounterReceived(tenantId, encounter.id().toString(), encounter.externalId(),
                encounter.patientId(), encounter.renderingProvider().npi(), encounter.dateOfService(),
                encounter.placeOfService(), encounter.receivedAt()));
        outbox.append(decision.autoCoded() ? coded(encounter)
                : new CodingReviewRequired(tenantId, encounter.id().toString(), decision.reasons(),
                        encounter.receivedAt()));
        return new Intake(encounter, true);
    }

    /**
     * A coder's codes for an encounter waiting in review: every edit runs again; when none fails the encounter is
     * coded and announced. The correction is recorded either way, as a queue action with the codes before and after.
     *
     * @throws EncounterNotInReviewException when the encounter is not waiting for a coder
     * @throws EncounterClaimedException     when another coder claimed it
     */
    @Transactional
    public Optional<Encounter> correct(String tenantId, UUID encounterId, List<Diagnosis> diagnoses,
            List<ProcedureLine> procedures, String userId) {
        Optional<Encounter> found = encounters.findForTenant(tenantId, encounterId);
        found.ifPresent(encounter -> {
            encounter.requireActionableBy(userId);
            EncounterStatus statusBefore = encounter.status();
            EncounterCodes before = new EncounterCodes(codes(encounter.diagnoses()), encounter.procedures());
            List<EditFinding> findings = edit(tenantId, encounter.dateOfService(), encounter.patient().birthDate(),
                    encounter.patient().sex(), codes(diagnoses), procedures, encounter.documentation());
            boolean passes = CodingRouter.decide(findings, null, BigDecimal.ZERO).autoCoded();
            encounter.recode(diagnoses, procedures, findings, passes, clock.instant());
            EncounterCodes after = new EncounterCodes(codes(diagnoses), procedures);
            actions.persist(CodingAction.of(encounter, userId,
                    passes ? CodingActionType.FINALIZED : CodingActionType.CODES_CHANGED, statusBefore, before, after,
                    passes ? null : failedEdits(findings), clock.instant()));
            if (passes) {
                outbox.append(coded(encounter));
            }
        });
        return found;
    }

    @Transactional
    public Optional<Encounter> find(String tenantId, UUID id) {
        return encounters.findForTenant(tenantId, id);
    }

    @Transactional
    public List<CodingAction> corrections(String tenantId, UUID encounterId) {
        return actions.corrections(tenantId, encounterId);
    }

    @Transactional
    public List<Encounter> list(String tenantId, EncounterStatus status, int page, int size) {
        return encounters.listForTenant(tenantId, status, page, size);
    }

    private List<EditFinding> edit(String tenantId, LocalDate dateOfService, LocalDate birthDate, String sex,
            List<String> diagnoses, List<ProcedureLine> procedures, ClinicalDocumentation documentation) {
        CodeSetSnapshot snapshot = codeSets.snapshot(tenantId, dateOfService, diagnoses,
                procedures.stream().map(ProcedureLine::code).distinct().toList());
        return CodingEdit.checkAll(new EditContext(dateOfService, birthDate, sex, diagnoses, procedures,
                documentation, snapshot));
    }

    private static EncounterCoded coded(Encounter encounter) {
        return new EncounterCoded(encounter.tenantId(), encounter.id().toString(), encounter.externalId(),
                encounter.patient(), encounter.coverage(), encounter.renderingProvider(), encounter.dateOfService(),
                encounter.placeOfService(), encounter.diagnoses(), encounter.procedures(), encounter.codedAt(),
                encounter.revision());
    }

    private static String failedEdits(List<EditFinding> findings) {
        return findings.stream().filter(EditFinding::blocking).map(EditFinding::editId).distinct()
                .collect(Collectors.joining(", ", "failed: ", ""));
    }

    private static List<String> codes(List<Diagnosis> diagnoses) {
        return diagnoses.stream().map(Diagnosis::code).toList();
    }
}
