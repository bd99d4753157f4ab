package org.openrcm.coding.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A practice's coding settings: how confident computer-assisted coding must be to code without a coder. */
@Entity
@Table(name = "coding_settings")
public class CodingSettings {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "auto_coding_threshold", nullable = false)
    private BigDecimal autoCodingThreshold;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CodingSettings() {
    }

    public static CodingSettings of(String tenantId, BigDecimal threshold, Instant now) {
        CodingSettings settings = new CodingSettings();
        settings.tenantId = tenantId;
        settings.autoCodingThreshold = threshold;
        settings.updatedAt = now;
        return settings;
    }

    public void change(BigDecimal threshold, Instant now) {
        autoCodingThreshold = threshold;
        updatedAt = now;
    }

    public BigDecimal autoCodingThreshold() {
        return autoCodingThreshold;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
