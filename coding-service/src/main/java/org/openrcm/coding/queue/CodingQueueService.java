package org.openrcm.coding.queue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.openrcm.coding.domain.CodingAction;
import org.openrcm.coding.domain.CodingActionType;
import org.openrcm.coding.domain.Encounter;
import org.openrcm.coding.domain.EncounterIntakeService;
import org.openrcm.coding.domain.EncounterStatus;
import org.openrcm.coding.persistence.CodingActionRepository;
import org.openrcm.coding.persistence.EncounterRepository;

/**
 * The coder work queue: the encounters waiting for a coder, oldest first; one coder claims one, asks the provider when
 * the documentation leaves a question, changes the codes (through {@link EncounterIntakeService#correct}) or accepts
 * them, and finalizes, which re-runs every edit. Every action is recorded with who, when, before and after.
 */
@ApplicationScoped
public class CodingQueueService {

    private final EncounterRepository encounters;
    private final CodingActionRepository actions;
    private final EncounterIntakeService intake;
    private final EntityManager entityManager;
    private final Clock clock;

    CodingQueueService(EncounterRepository encounters, CodingActionRepository actions, EncounterIntakeService intake,
            EntityManager entityManager, Clock clock) {
        this.encounters = encounters;
        this.actions = actions;
        this.intake = intake;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The tenant's open encounters the filter selects, longest waiting first (then by id, so pages never overlap). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Encounter> list(String tenantId, QueueFilter filter, int page, int size) {
        StringBuilder sql = new StringBuilder(
                "SELECT * FROM encounter WHERE tenant_id = :tenant AND status = :status");
        if (filter.olderThan() != null) {
            sql.append(" AND queued_at <= :cutoff");
        }
        if (QueueFilter.PAYER.equals(filter.reason())) {
            sql.append(" AND reopen_reason IS NOT NULL");
        } else if (filter.reason() != null) {
            sql.append(" AND edit_findings @> CAST(:finding AS jsonb)");
        }
        sql.append(" ORDER BY queued_at, id");
        Query query = entityManager.createNativeQuery(sql.toString(), Encounter.class)
                .setParameter("tenant", tenantId).setParameter("status", filter.status().name())
                .setFirstResult(page * size).setMaxResults(size);
        if (filter.olderThan() != null) {
            query.setParameter("cutoff", clock.instant().minus(filter.olderThan()));
        }
        if (filter.reason() != null && !QueueFilter.PAYER.equals(filter.reason())) {
            query.setParameter("finding", "[{\"editId\":\"" + filter.reason() + "\",\"severity\":\"ERROR\"}]");
        }
        return query.getResultList();
    }

    @Transactional
    public Optional<Encounter> find(String tenantId, UUID encounterId) {
        return encounters.findForTenant(tenantId, encounterId);
    }

    @Transactional
    public List<CodingAction> actions(String tenantId, UUID encounterId) {
        return actions.forEncounter(tenantId, encounterId);
    }

    /**
     * @throws org.openrcm.coding.domain.EncounterClaimedException     when another coder holds it
     * @throws org.openrcm.coding.domain.EncounterNotInReviewException when it is not in the queue
     */
    @Transactional
    public Optional<Encounter> claim(String tenantId, UUID encounterId, String userId) {
        return act(tenantId, encounterId, userId, CodingActionType.CLAIMED, null,
                encounter -> encounter.claim(userId, clock.instant()));
    }

    /** The claiming coder's question to the provider; the encounter leaves the queue until the answer. */
    @Transactional
    public Optional<Encounter> queryProvider(String tenantId, UUID encounterId, String userId, String question) {
        return act(tenantId, encounterId, userId, CodingActionType.QUERIED, question, encounter -> {
            encounter.requireActionableBy(userId);
            encounter.queryProvider(question);
        });
    }

    /** The provider's answer: the encounter is back in the queue, claimed by the coder who asked. */
    @Transactional
    public Optional<Encounter> answer(String tenantId, UUID encounterId, String userId, String answer) {
        return act(tenantId, encounterId, userId, CodingActionType.ANSWERED, answer, Encounter::providerAnswered);
    }

    /**
     * Accepts the encounter's current codes, as they are or as a coder changed them: every edit runs again, and when
     * none fails the encounter is coded and announced with its revision. Recorded like a change of codes.
     */
    @Transactional
    public Optional<Encounter> finalizeCoding(String tenantId, UUID encounterId, String userId) {
        return encounters.findForTenant(tenantId, encounterId).flatMap(encounter -> intake.correct(tenantId,
                encounterId, List.copyOf(encounter.diagnoses()), List.copyOf(encounter.procedures()), userId));
    }

    private Optional<Encounter> act(String tenantId, UUID encounterId, String userId, CodingActionType type,
            String detail, Consumer<Encounter> change) {
        Optional<Encounter> found = encounters.findForTenant(tenantId, encounterId);
        found.ifPresent(encounter -> {
            EncounterStatus before = encounter.status();
            change.accept(encounter);
            actions.persist(CodingAction.of(encounter, userId, type, before, null, null, detail, clock.instant()));
        });
        return found;
    }
}
