package org.openrcm.payments.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.domain.ReceivedRemittance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Received remittances, always looked up within one tenant. */
@ApplicationScoped
public class RemittanceRepository implements PanacheRepositoryBase<ReceivedRemittance, UUID> {

    public Optional<ReceivedRemittance> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** The payer's payment with this trace, if this tenant already received it. */
    public Optional<ReceivedRemittance> findByTrace(String tenantId, String payerId, String traceNumber) {
        return find("tenantId = ?1 and payerId = ?2 and traceNumber = ?3", tenantId, payerId, traceNumber)
                .firstResultOptional();
    }
}
