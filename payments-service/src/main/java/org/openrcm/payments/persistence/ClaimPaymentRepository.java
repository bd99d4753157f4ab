package org.openrcm.payments.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import org.openrcm.payments.denial.DenialStatus;
import org.openrcm.payments.remittance.ClaimPayment;
import org.openrcm.payments.remittance.ClaimPaymentStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** Claim payments, always looked up within one tenant. */
@ApplicationScoped
public class ClaimPaymentRepository implements PanacheRepositoryBase<ClaimPayment, UUID> {

    private static final String POSTING_ORDER = " order by postedAt, remittance.receivedAt, lineNumber";

    public Optional<ClaimPayment> findForTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /**
     * The payments that arrived before their claim (CLP01 one of {@code keys}: the claim's patient control number or
     * claim id, or its payer claim number), in the order they were received.
     */
    public List<ClaimPayment> waitingFor(String tenantId, Collection<String> keys, String payerClaimNumber) {
        Parameters parameters = Parameters.with("tenant", tenantId).and("status", ClaimPaymentStatus.UNMATCHED)
                .and("keys", keys);
        String byPayerNumber = "";
        if (payerClaimNumber != null) {
            byPayerNumber = " or payerClaimNumber = :payerNumber";
            parameters.and("payerNumber", payerClaimNumber);
        }
        return list("tenantId = :tenant and status = :status and (patientControlNumber in :keys" + byPayerNumber
                + ") order by remittance.receivedAt, lineNumber", parameters);
    }

    /**
     * Every payment posted to (or denied on) each of the claims, by claim id, in the order it was posted, reversals
     * included: one query for a remittance's claims. Read without flushing the posting's session (a large file has
     * thousands of payments in it): what the posting did so far is kept by its {@code PostingLookups}.
     */
    public Map<String, List<ClaimPayment>> postedFor(String tenantId, Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return new HashMap<>();
        }
        return getEntityManager().createQuery("from ClaimPayment where tenantId = ?1 and claimId in ?2"
                + " and status in (?3, ?4)" + POSTING_ORDER, ClaimPayment.class).setParameter(1, tenantId)
                .setParameter(2, claimIds).setParameter(3, ClaimPaymentStatus.POSTED)
                .setParameter(4, ClaimPaymentStatus.DENIED).setFlushMode(FlushModeType.COMMIT).getResultStream()
                .collect(Collectors.groupingBy(ClaimPayment::claimId, HashMap::new,
                        Collectors.toCollection(ArrayList::new)));
    }

    /** Newest remittance first. */
    public List<ClaimPayment> listForTenant(String tenantId, ClaimPaymentStatus status, int pageIndex, int pageSize) {
        String order = " order by remittance.receivedAt desc, lineNumber";
        return (status == null ? find("tenantId = ?1" + order, tenantId)
                : find("tenantId = ?1 and status = ?2" + order, tenantId, status))
                .page(Page.of(pageIndex, pageSize)).list();
    }

    /** The denial queue, oldest first: denials not reversed, by work status, reason, payer and age. */
    public List<ClaimPayment> denials(String tenantId, DenialStatus status, String reasonCode, String payerId,
            Instant deniedBefore, int pageIndex, int pageSize) {
        StringBuilder query = new StringBuilder("tenantId = :tenant and status = :denied");
        Parameters parameters = Parameters.with("tenant", tenantId).and("denied", ClaimPaymentStatus.DENIED);
        if (status != null) {
            query.append(" and denialStatus = :status");
            parameters.and("status", status);
        }
        if (reasonCode != null) {
            query.append(" and denialReasonCode = :reason");
            parameters.and("reason", reasonCode);
        }
        if (payerId != null) {
            query.append(" and remittance.payerId = :payer");
            parameters.and("payer", payerId);
        }
        if (deniedBefore != null) {
            query.append(" and postedAt <= :before");
            parameters.and("before", deniedBefore);
        }
        return find(query + " order by postedAt, id", parameters).page(Page.of(pageIndex, pageSize)).list();
    }
}
