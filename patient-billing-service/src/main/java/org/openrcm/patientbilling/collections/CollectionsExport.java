package org.openrcm.patientbilling.collections;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file handed to the collection agency: which, how many accounts, how much in all. */
@Entity
@Table(name = "collections_export")
public class CollectionsExport {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private int accounts;

    @Column(nullable = false, updatable = false)
    private BigDecimal total;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CollectionsExport() {
    }

    public static CollectionsExport of(String tenantId, String fileName, int accounts, BigDecimal total,
            Instant now) {
        CollectionsExport export = new CollectionsExport();
        export.id = UUID.randomUUID();
        export.tenantId = tenantId;
        export.fileName = fileName;
        export.accounts = accounts;
        export.total = total;
        export.createdAt = now;
        return export;
    }

    public String fileName() {
        return fileName;
    }
}
