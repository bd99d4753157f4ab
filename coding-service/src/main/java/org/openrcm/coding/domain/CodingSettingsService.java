package org.openrcm.coding.domain;

import java.math.BigDecimal;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.coding.persistence.CodingSettingsRepository;

/** A practice's coding settings, with the configured default until the practice sets its own. */
@ApplicationScoped
public class CodingSettingsService {

    private final CodingSettingsRepository repository;
    private final CodingConfig config;
    private final Clock clock;

    CodingSettingsService(CodingSettingsRepository repository, CodingConfig config, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public BigDecimal autoCodingThreshold(String tenantId) {
        return repository.findByIdOptional(tenantId).map(CodingSettings::autoCodingThreshold)
                .orElse(config.autoCodingThreshold());
    }

    @Transactional
    public BigDecimal changeAutoCodingThreshold(String tenantId, BigDecimal threshold) {
        repository.findByIdOptional(tenantId).ifPresentOrElse(settings -> settings.change(threshold, clock.instant()),
                () -> repository.persist(CodingSettings.of(tenantId, threshold, clock.instant())));
        return threshold;
    }
}
