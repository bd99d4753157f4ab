package org.openrcm.claims.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.claims.domain.PayerConfig;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Payer configurations, always within one tenant. */
@ApplicationScoped
public class PayerConfigRepository implements PanacheRepositoryBase<PayerConfig, PayerConfig.Key> {

    public Optional<PayerConfig> findForTenant(String tenantId, String payerId) {
        return findByIdOptional(new PayerConfig.Key(tenantId, payerId));
    }

    public List<PayerConfig> listForTenant(String tenantId) {
        return list("tenantId", Sort.by("payerId"), tenantId);
    }

    public Map<String, PayerConfig> byPayer(String tenantId, Collection<String> payerIds) {
        if (payerIds.isEmpty()) {
            return Map.of();
        }
        return list("tenantId = ?1 and payerId in ?2", tenantId, payerIds).stream()
                .collect(Collectors.toMap(PayerConfig::payerId, Function.identity()));
    }

    /** The mailbox claims to this payer go through. */
    public String routeFor(String tenantId, String payerId) {
        return findForTenant(tenantId, payerId).map(PayerConfig::route).orElse(PayerConfig.DEFAULT_ROUTE);
    }
}
