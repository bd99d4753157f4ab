package org.openrcm.patientbilling.statement;

import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A statement as rendered when it was issued: the PDF mailed to the patient and the JSON for the print vendor. */
@Entity
@Table(name = "statement_document")
public class StatementDocument {

    @Id
    @Column(name = "statement_id")
    private UUID statementId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "vendor_json", nullable = false, updatable = false)
    private String vendorJson;

    protected StatementDocument() {
    }

    public static StatementDocument of(String tenantId, UUID statementId, byte[] pdf, String vendorJson) {
        StatementDocument document = new StatementDocument();
        document.statementId = statementId;
        document.tenantId = tenantId;
        document.pdf = pdf;
        document.vendorJson = vendorJson;
        return document;
    }

    public UUID statementId() {
        return statementId;
    }

    public byte[] pdf() {
        return pdf;
    }

    public String vendorJson() {
        return vendorJson;
    }
}
