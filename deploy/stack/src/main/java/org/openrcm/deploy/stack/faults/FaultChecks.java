package org.openrcm.deploy.stack.faults;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openrcm.deploy.infra.PostgresSettings;
import org.openrcm.deploy.stack.ServiceSpec;
import org.openrcm.deploy.stack.StackSupervisor;

/**
 * What must hold after any faults, read from each service's database and from the topics: every encounter taken in
 * once and its claim settled; every outbox row published and nothing published that no outbox wrote; the ledger
 * equal to the remittances to the cent; each patient's share the same in payments and patient-billing and charged
 * exactly; every statement line billing one item once; the dead-letter topics holding exactly the poison records,
 * each with its reason.
 */
final class FaultChecks {

    /** Where a claim's automated cycle ends: adjudicated, or waiting for a person. */
    static final Set<String> SETTLED_CLAIM = Set.of("PAID", "DENIED", "REJECTED", "SCRUB_FAILED");

    /** One check: what it expects, what it found. */
    record Check(String name, String expected, String found, boolean holds) {
    }

    private final StackSupervisor supervisor;
    private final List<String> tenantIds;

    FaultChecks(StackSupervisor supervisor, List<String> tenantIds) {
        this.supervisor = supervisor;
        this.tenantIds = List.copyOf(tenantIds);
    }

    /** The run's claims not yet settled; the run waits for none before checking. */
    long unsettledClaims() {
        return query(ServiceSpec.CLAIMS, "SELECT count(*) FROM claim WHERE tenant_id = ANY (?) AND status <> ALL (?)",
                rows -> rows.next() ? rows.getLong(1) : 0L, SETTLED_CLAIM.toArray());
    }

    /** Encounters taken in and coded, and claims built, so far. */
    long codedEncounters() {
        return query(ServiceSpec.CODING, "SELECT count(*) FROM encounter WHERE tenant_id = ANY (?) AND status = 'CODED'",
                rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    /** Claims built so far. */
    long claims() {
        return query(ServiceSpec.CLAIMS, "SELECT count(*) FROM claim WHERE tenant_id = ANY (?)",
                rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    /** Outbox rows of the run's tenants not yet published, over every service. */
    long unpublished() {
        long total = 0;
        for (ServiceSpec service : ServiceSpec.ALL) {
            total += query(service, "SELECT count(*) FROM outbox WHERE tenant_id = ANY (?) AND sent_at IS NULL",
                    rows -> rows.next() ? rows.getLong(1) : 0L);
        }
        return total;
    }

    List<Check> run(int encountersSent, FaultTap tap, Set<String> poisonIds) {
        List<Check> checks = new ArrayList<>();
        long taken = query(ServiceSpec.CODING, "SELECT count(*) FROM encounter WHERE tenant_id = ANY (?)",
                rows -> rows.next() ? rows.getLong(1) : 0L);
        checks.add(check("encounters taken in once", encountersSent, taken));
        long coded = codedEncounters();
        checks.add(check("one claim per coded encounter", coded, claims()));
        checks.add(check("claims not settled (paid, denied, rejected, held)", 0, unsettledClaims()));

        Map<String, Integer> published = tap.publications();
        Set<String> written = new HashSet<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            written.addAll(query(service, "SELECT event_id::text FROM outbox WHERE tenant_id = ANY (?)", rows -> {
                List<String> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }));
        }
        checks.add(check("outbox rows left unpublished or parked", 0, unpublished()));
        long lost = written.stream().filter(id -> !published.containsKey(id)).count();
        checks.add(check("outbox events missing from their topic", 0, lost));
        long phantom = published.keySet().stream().filter(id -> !written.contains(id) && !poisonIds.contains(id))
                .count();
        checks.add(check("events on the topics that no outbox wrote", 0, phantom));
        long republished = published.entrySet().stream().filter(entry -> written.contains(entry.getKey()))
                .filter(entry -> entry.getValue() > 1).count();
        checks.add(new Check("events published more than once (same id; inboxes drop the copies)", "any",
                Long.toString(republished), true));

        BigDecimal ledger = query(ServiceSpec.PAYMENTS, "SELECT coalesce(sum(amount), 0) FROM ledger_entry"
                + " WHERE tenant_id = ANY (?) AND entry_type = 'INSURANCE_PAYMENT'", FaultChecks::decimal);
        BigDecimal posted = query(ServiceSpec.PAYMENTS, "SELECT coalesce(sum(paid_amount), 0) FROM claim_payment"
                + " WHERE tenant_id = ANY (?) AND status IN ('POSTED', 'DENIED')", FaultChecks::decimal);
        checks.add(new Check("ledger insurance payments = posted remittance claims", posted.toPlainString(),
                ledger.toPlainString(), ledger.compareTo(posted) == 0));
        long unbalanced = query(ServiceSpec.PAYMENTS, """
                SELECT count(*) FROM remittance r
                 WHERE r.tenant_id = ANY (?) AND r.status = 'PROCESSED'
                   AND r.payment_amount <> (SELECT coalesce(sum(c.paid_amount), 0) FROM claim_payment c
                                             WHERE c.remittance_id = r.id)
                                          - (SELECT coalesce(sum(p.amount), 0) FROM provider_adjustment p
                                             WHERE p.remittance_id = r.id)""", rows -> rows.next() ? rows.getLong(1) : 0L);
        checks.add(check("processed remittances whose payment is not the claims' less PLB", 0, unbalanced));
        long doubled = query(ServiceSpec.PAYMENTS, """
                SELECT count(*) FROM (SELECT 1 FROM remittance WHERE tenant_id = ANY (?) AND status = 'PROCESSED'
                                       GROUP BY tenant_id, payer_id, trace_number HAVING count(*) > 1) twice""",
                rows -> rows.next() ? rows.getLong(1) : 0L);
        checks.add(check("remittances (payer + trace) posted twice", 0, doubled));
        long unmatched = query(ServiceSpec.PAYMENTS, "SELECT count(*) FROM claim_payment WHERE tenant_id = ANY (?)"
                + " AND status NOT IN ('POSTED', 'DENIED')", rows -> rows.next() ? rows.getLong(1) : 0L);
        checks.add(check("remittance claims unmatched or held", 0, unmatched));

        Map<String, String> owedByPayments = shares(ServiceSpec.PAYMENTS);
        Map<String, String> owedByPatientBilling = shares(ServiceSpec.PATIENT_BILLING);
        long differing = owedByPayments.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(owedByPatientBilling.get(entry.getKey()))).count()
                + owedByPatientBilling.keySet().stream().filter(claim -> !owedByPayments.containsKey(claim)).count();
        checks.add(check("claims whose patient share differs between payments and patient-billing", 0, differing));
        long misbilled = query(ServiceSpec.PATIENT_BILLING, """
                SELECT count(*) FROM claim_responsibility r
                 WHERE r.tenant_id = ANY (?)
                   AND r.amount <> (SELECT coalesce(sum(i.amount), 0) FROM account_item i
                                     WHERE i.tenant_id = r.tenant_id AND i.claim_id = r.claim_id AND i.kind = 'CHARGE')""",
                rows -> rows.next() ? rows.getLong(1) : 0L);
        checks.add(check("claims whose charges to the patient do not add up to the patient's share", 0, misbilled));
        // A statement has a line per account item it bills: a line twice, or an item on two statements, shows here.
        long misstated = query(ServiceSpec.PATIENT_BILLING, """
                SELECT count(*) FROM statement s
                 WHERE s.tenant_id = ANY (?)
                   AND ((SELECT count(*) FROM statement_line l WHERE l.statement_id = s.id)
                        <> (SELECT count(*) FROM account_item i WHERE i.statement_id = s.id)
                     OR (SELECT coalesce(sum(l.amount), 0) FROM statement_line l WHERE l.statement_id = s.id)
                        <> (SELECT coalesce(sum(i.amount), 0) FROM account_item i WHERE i.statement_id = s.id))""",
                rows -> rows.next() ? rows.getLong(1) : 0L);
        checks.add(check("statements whose lines are not the items they bill, once each", 0, misstated));

        List<FaultTap.DeadLetter> deadLetters = tap.deadLetters();
        Set<String> deadLettered = new HashSet<>();
        deadLetters.forEach(letter -> deadLettered.add(letter.eventId().orElse("(no ce_id)")));
        long unexpected = deadLettered.stream().filter(id -> !poisonIds.contains(id)).count();
        long missed = poisonIds.stream().filter(id -> !deadLettered.contains(id)).count();
        long withoutReason = deadLetters.stream().filter(letter -> letter.reason().filter(r -> !r.isBlank()).isEmpty())
                .count();
        checks.add(check("dead-lettered records that were not poison", 0, unexpected));
        checks.add(check("poison records not dead-lettered", 0, missed));
        checks.add(check("dead-lettered records without a reason", 0, withoutReason));
        return checks;
    }

    /** What the patient owes per claim, with the revision it came with, as one service holds it. */
    private Map<String, String> shares(ServiceSpec service) {
        return query(service, "SELECT claim_id, amount, revision FROM claim_responsibility WHERE tenant_id = ANY (?)",
                rows -> {
                    Map<String, String> shares = new HashMap<>();
                    while (rows.next()) {
                        shares.put(rows.getString(1), rows.getBigDecimal(2).toPlainString() + " r" + rows.getInt(3));
                    }
                    return shares;
                });
    }

    private static Check check(String name, long expected, long found) {
        return new Check(name, Long.toString(expected), Long.toString(found), expected == found);
    }

    private static BigDecimal decimal(ResultSet rows) throws SQLException {
        return rows.next() ? rows.getBigDecimal(1) : BigDecimal.ZERO;
    }

    @FunctionalInterface
    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Runs {@code sql} whose first parameter is the run's tenants and the second, if any, {@code values}. */
    private <T> T query(ServiceSpec service, String sql, Rows<T> reader, Object... values) {
        PostgresSettings postgres = supervisor.postgresSettings();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(supervisor.database(service)),
                postgres.user(), postgres.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Array tenants = connection.createArrayOf("varchar", tenantIds.toArray());
            statement.setArray(1, tenants);
            if (values.length > 0) {
                statement.setArray(2, connection.createArrayOf("varchar", values));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check " + service.name() + ": " + e.getMessage(), e);
        }
    }
}
