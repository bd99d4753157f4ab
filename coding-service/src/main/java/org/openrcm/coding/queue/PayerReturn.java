package org.openrcm.coding.queue;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A rejection or denial of a claim, with its coding reason when it has one; the encounter is attached once the claim's
 * ClaimCreated is known.
 */
@Entity
@Table(name = "payer_return")
public class PayerReturn {

    /** How the claim came back. */
    public enum Kind {
        REJECTION, DENIAL
    }

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private String claimId;

    @Column(name = "encounter_id")
    private UUID encounterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "coding_reason", updatable = false)
    private CodingReason codingReason;

    @Column(name = "payer_reason", nullable = false, updatable = false)
    private String payerReason;

    @Column(name = "returned_at", nullable = false, updatable = false)
    private Instant returnedAt;

    protected PayerReturn() {
    }

    /**
     * @param encounterId  null while the claim's encounter is not known yet
     * @param codingReason null when the payer's reason is not a coder's to fix
     */
    public static PayerReturn of(String tenantId, String claimId, UUID encounterId, Kind kind,
            CodingReason codingReason, String payerReason, Instant returnedAt) {
        PayerReturn payerReturn = new PayerReturn();
        payerReturn.id = UUID.randomUUID();
        payerReturn.tenantId = tenantId;
        payerReturn.claimId = claimId;
        payerReturn.encounterId = encounterId;
        payerReturn.kind = kind;
        payerReturn.codingReason = codingReason;
        payerReturn.payerReason = payerReason;
        payerReturn.returnedAt = returnedAt;
        return payerReturn;
    }

    /** The claim's ClaimCreated arrived after this return: it belongs to this encounter. */
    public void attach(UUID encounter) {
        encounterId = encounter;
    }

    public CodingReason codingReason() {
        return codingReason;
    }

    public String payerReason() {
        return payerReason;
    }
}
