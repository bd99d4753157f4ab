package org.openrcm.claims.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.persistence.FeeScheduleRepository;

/**
 * A tenant's fee schedule, replaced whole. Claims already built keep the prices they were built with; the new
 * schedule prices the claims built from now on.
 */
@ApplicationScoped
public class FeeScheduleService {

    private final FeeScheduleRepository fees;

    FeeScheduleService(FeeScheduleRepository fees) {
        this.fees = fees;
    }

    @Transactional
    public void replace(String tenantId, Map<String, BigDecimal> feeByProcedureCode) {
        fees.deleteForTenant(tenantId);
        feeByProcedureCode.forEach((code, amount) -> fees.persist(new FeeScheduleEntry(tenantId, code, amount)));
    }

    @Transactional
    public List<FeeScheduleEntry> list(String tenantId) {
        return fees.listForTenant(tenantId);
    }
}
