package org.openrcm.coding.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.coding.domain.CodingSettings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Per-tenant coding settings, keyed by tenant id. */
@ApplicationScoped
public class CodingSettingsRepository implements PanacheRepositoryBase<CodingSettings, String> {
}
