package org.openrcm.coding.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.coding.domain.CodingCorrection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The coders' corrections, always within one tenant. */
@ApplicationScoped
public class CodingCorrectionRepository implements PanacheRepositoryBase<CodingCorrection, UUID> {

    public List<CodingCorrection> forEncounter(String tenantId, UUID encounterId) {
        return list("tenantId = ?1 and encounterId = ?2 order by correctedAt", tenantId, encounterId);
    }
}
