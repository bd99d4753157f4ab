package org.openrcm.payments.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.payments.persistence.ClaimPaymentRepository;

/** The work queues of claim payments: unmatched, held, posted, denied. */
@ApplicationScoped
public class ClaimPaymentService {

    private final ClaimPaymentRepository claimPayments;

    ClaimPaymentService(ClaimPaymentRepository claimPayments) {
        this.claimPayments = claimPayments;
    }

    @Transactional
    public List<ClaimPayment> list(String tenantId, ClaimPaymentStatus status, int page, int size) {
        return claimPayments.listForTenant(tenantId, status, page, size);
    }
}
