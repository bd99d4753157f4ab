package org.openrcm.coding.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.coding.domain.CodingAction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The queue's recorded actions, always within one tenant. */
@ApplicationScoped
public class CodingActionRepository implements PanacheRepositoryBase<CodingAction, UUID> {

    public List<CodingAction> forEncounter(String tenantId, UUID encounterId) {
        return list("tenantId = ?1 and encounterId = ?2 order by actedAt, id", tenantId, encounterId);
    }

    /** The actions that set the encounter's codes (a coder's change or acceptance), oldest first. */
    public List<CodingAction> corrections(String tenantId, UUID encounterId) {
        return list("tenantId = ?1 and encounterId = ?2 and codesAfter is not null order by actedAt, id", tenantId,
                encounterId);
    }
}
