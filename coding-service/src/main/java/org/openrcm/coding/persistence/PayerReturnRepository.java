package org.openrcm.coding.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.coding.queue.PayerReturn;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Rejections and denials of the tenants' claims. */
@ApplicationScoped
public class PayerReturnRepository implements PanacheRepositoryBase<PayerReturn, UUID> {

    /** The returns of a claim consumed before its ClaimCreated, oldest first. */
    public List<PayerReturn> withoutEncounter(String tenantId, String claimId) {
        return list("tenantId = ?1 and claimId = ?2 and encounterId is null order by returnedAt", tenantId, claimId);
    }
}
