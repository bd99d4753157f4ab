package org.openrcm.payments.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.ledger.LedgerEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The claim ledger, always read within one tenant; {@code asOf} null means now. */
@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    // Ids are handed out in blocks per service instance (V4): time first, then the id within one posting.
    private static final String ORDER = " order by postedAt, id";
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    /** The claim's entries in the order they were posted. */
    public List<LedgerEntry> forClaim(String tenantId, String claimId) {
        return forClaim(tenantId, claimId, null);
    }

    public List<LedgerEntry> forClaim(String tenantId, String claimId, Instant asOf) {
        return list("tenantId = ?1 and claimId = ?2 and postedAt <= ?3" + ORDER, tenantId, claimId, upTo(asOf));
    }

    /** What one claim payment posted, in order: what a reversal of it takes back. */
    public List<LedgerEntry> forPayment(UUID claimPaymentId) {
        return list("claimPaymentId = ?1 order by lineNumber", claimPaymentId);
    }

    public List<LedgerEntry> forPatient(String tenantId, String patientId, Instant asOf) {
        return list("tenantId = ?1 and patientId = ?2 and postedAt <= ?3" + ORDER, tenantId, patientId, upTo(asOf));
    }

    public List<LedgerEntry> forPayer(String tenantId, String payerId, Instant asOf) {
        return list("tenantId = ?1 and payerId = ?2 and postedAt <= ?3" + ORDER, tenantId, payerId, upTo(asOf));
    }

    /** The entry of a patient's payment, if it was posted. */
    public Optional<LedgerEntry> forPatientPayment(String tenantId, String paymentId) {
        return find("tenantId = ?1 and patientPaymentId = ?2", tenantId, paymentId).firstResultOptional();
    }

    /** The next free entry number of a claim payment (a write-off appends to its denial's posting). */
    public int nextLineNumber(UUID claimPaymentId) {
        Integer max = getEntityManager().createQuery(
                "select max(e.lineNumber) from LedgerEntry e where e.claimPaymentId = ?1", Integer.class)
                .setParameter(1, claimPaymentId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static Instant upTo(Instant asOf) {
        return asOf == null ? END_OF_TIME : asOf;
    }
}
