package org.openrcm.payments.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.domain.ClaimPayment;
import org.openrcm.payments.domain.ClaimPaymentStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

/** Claim payments, always looked up within one tenant. */
@ApplicationScoped
public class ClaimPaymentRepository implements PanacheRepositoryBase<ClaimPayment, UUID> {

    /** The claim's payments that arrived before the claim itself, in the order they were received. */
    public List<ClaimPayment> waitingFor(String tenantId, String claimId) {
        return list("tenantId = ?1 and claimId = ?2 and status = ?3"
                + " order by remittance.receivedAt, lineNumber", tenantId, claimId, ClaimPaymentStatus.UNMATCHED);
    }

    /** Newest remittance first. */
    public List<ClaimPayment> listForTenant(String tenantId, ClaimPaymentStatus status, int pageIndex, int pageSize) {
        String order = " order by remittance.receivedAt desc, lineNumber";
        return (status == null ? find("tenantId = ?1" + order, tenantId)
                : find("tenantId = ?1 and status = ?2" + order, tenantId, status))
                .page(Page.of(pageIndex, pageSize)).list();
    }
}
