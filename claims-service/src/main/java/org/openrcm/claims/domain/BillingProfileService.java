package org.openrcm.claims.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.persistence.BillingProfileRepository;

/** A tenant's billing profile: set or replaced whole, read back. */
@ApplicationScoped
public class BillingProfileService {

    private final BillingProfileRepository profiles;
    private final Clock clock;

    BillingProfileService(BillingProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** @return true when the tenant had no profile before */
    @Transactional
    public boolean save(String tenantId, BillingProfileDetails details) {
        Optional<BillingProfile> existing = profiles.findForTenant(tenantId);
        existing.ifPresent(profile -> profile.update(details, clock.instant()));
        if (existing.isEmpty()) {
            profiles.persist(BillingProfile.of(tenantId, details, clock.instant()));
        }
        return existing.isEmpty();
    }

    @Transactional
    public Optional<BillingProfileDetails> find(String tenantId) {
        return profiles.findForTenant(tenantId).map(BillingProfile::details);
    }
}
