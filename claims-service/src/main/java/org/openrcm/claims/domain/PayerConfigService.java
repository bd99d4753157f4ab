package org.openrcm.claims.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.persistence.PayerConfigRepository;

/** A tenant's payers: set or replaced one at a time, listed, removed. */
@ApplicationScoped
public class PayerConfigService {

    private final PayerConfigRepository payers;
    private final Clock clock;

    PayerConfigService(PayerConfigRepository payers, Clock clock) {
        this.payers = payers;
        this.clock = clock;
    }

    /** @return true when the tenant had no configuration for that payer before */
    @Transactional
    public boolean save(String tenantId, PayerConfigDetails details) {
        Optional<PayerConfig> existing = payers.findForTenant(tenantId, details.payerId());
        existing.ifPresent(config -> config.update(details, clock.instant()));
        if (existing.isEmpty()) {
            payers.persist(PayerConfig.of(tenantId, details, clock.instant()));
        }
        return existing.isEmpty();
    }

    @Transactional
    public Optional<PayerConfigDetails> find(String tenantId, String payerId) {
        return payers.findForTenant(tenantId, payerId).map(PayerConfig::details);
    }

    @Transactional
    public List<PayerConfigDetails> list(String tenantId) {
        return payers.listForTenant(tenantId).stream().map(PayerConfig::details).toList();
    }

    @Transactional
    public boolean delete(String tenantId, String payerId) {
        return payers.deleteById(new PayerConfig.Key(tenantId, payerId));
    }
}
