package org.openrcm.coding.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.coding.queue.ClaimEncounter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Which encounter each claim was built from, within one tenant. */
@ApplicationScoped
public class ClaimEncounterRepository implements PanacheRepositoryBase<ClaimEncounter, ClaimEncounter.Key> {

    public Optional<ClaimEncounter> forClaim(String tenantId, String claimId) {
        return findByIdOptional(new ClaimEncounter.Key(tenantId, claimId));
    }
}
