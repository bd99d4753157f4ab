package org.openrcm.payments.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.remittance.ReceivedRemittance;
import org.openrcm.payments.remittance.RemittanceStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

/** Received remittances, always looked up within one tenant. */
@ApplicationScoped
public class RemittanceRepository implements PanacheRepositoryBase<ReceivedRemittance, UUID> {

    public Optional<ReceivedRemittance> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** The first remittance taken in with the payer's trace, if this tenant received one. */
    public Optional<ReceivedRemittance> findByTrace(String tenantId, String payerId, String traceNumber) {
        return find("tenantId = ?1 and payerId = ?2 and traceNumber = ?3 order by receivedAt, id", tenantId, payerId,
                traceNumber).firstResultOptional();
    }

    /** The remittance with exactly this content, whatever file or envelope it came in. */
    public Optional<ReceivedRemittance> findByContent(String tenantId, String contentHash) {
        return find("tenantId = ?1 and contentHash = ?2", tenantId, contentHash).firstResultOptional();
    }

    /** Newest first. */
    public List<ReceivedRemittance> listForTenant(String tenantId, RemittanceStatus status, int page, int size) {
        String order = " order by receivedAt desc, id";
        return (status == null ? find("tenantId = ?1" + order, tenantId)
                : find("tenantId = ?1 and status = ?2" + order, tenantId, status)).page(Page.of(page, size)).list();
    }

    /** Remittances of the file, in file order. */
    public List<ReceivedRemittance> forFile(UUID fileId) {
        return list("fileId = ?1 order by setIndex", fileId);
    }
}
