package org.openrcm.claims.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.claims.domain.FeeSchedule;
import org.openrcm.claims.domain.FeeScheduleEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Fee schedule entries, always within one tenant. */
@ApplicationScoped
public class FeeScheduleRepository implements PanacheRepositoryBase<FeeScheduleEntry, FeeScheduleEntry.Key> {

    public List<FeeScheduleEntry> listForTenant(String tenantId) {
        return list("tenantId", Sort.by("procedureCode"), tenantId);
    }

    /** The part of the tenant's schedule that prices the given codes. */
    public FeeSchedule scheduleFor(String tenantId, Collection<String> procedureCodes) {
        Map<String, BigDecimal> fees = list("tenantId = ?1 and procedureCode in ?2", tenantId, procedureCodes)
                .stream().collect(Collectors.toMap(FeeScheduleEntry::procedureCode, FeeScheduleEntry::amount));
        return new FeeSchedule(fees);
    }

    public void deleteForTenant(String tenantId) {
        delete("tenantId", tenantId);
    }
}
