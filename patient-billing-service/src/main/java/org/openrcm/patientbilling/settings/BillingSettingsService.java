package org.openrcm.patientbilling.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openrcm.events.common.Address;
import org.openrcm.patientbilling.persistence.BillingSettingsRepository;

/** A tenant's billing settings, or the defaults while the practice has saved none. */
@ApplicationScoped
public class BillingSettingsService {

    /** The settings a practice saves; validated by the REST layer. */
    public record Changes(String timeZone, int cycleDay, int dueDays, BigDecimal minimumBalance,
            BigDecimal writeOffThreshold, List<DunningLevel> dunningLevels, String practiceName, String practicePhone,
            Address practiceAddress, Address remitTo, String howToPay, String collectionAgency) {
    }

    private final BillingSettingsRepository settings;
    private final Clock clock;
    private final int defaultDueDays;

    BillingSettingsService(BillingSettingsRepository settings, Clock clock,
            @ConfigProperty(name = "rcm.statements.due-days", defaultValue = "30") int defaultDueDays) {
        this.settings = settings;
        this.clock = clock;
        this.defaultDueDays = defaultDueDays;
    }

    @Transactional
    public BillingSettings forTenant(String tenantId) {
        return settings.findForTenant(tenantId).orElseGet(() -> BillingSettings.defaults(tenantId, defaultDueDays));
    }

    /** Today in the practice's time zone: the date its statements, due dates and aging count from. */
    public LocalDate today(BillingSettings tenantSettings) {
        return LocalDate.now(clock.withZone(tenantSettings.zone()));
    }

    @Transactional
    public BillingSettings save(String tenantId, Changes changes) {
        BillingSettings saved = settings.findForTenant(tenantId).orElseGet(() -> {
            BillingSettings fresh = BillingSettings.defaults(tenantId, defaultDueDays);
            settings.persist(fresh);
            return fresh;
        });
        saved.update(changes.timeZone(), changes.cycleDay(), changes.dueDays(), changes.minimumBalance(),
                changes.writeOffThreshold(), changes.dunningLevels(), changes.practiceName(), changes.practicePhone(),
                changes.practiceAddress(), changes.remitTo(), changes.howToPay(), changes.collectionAgency(),
                clock.instant());
        return saved;
    }
}
