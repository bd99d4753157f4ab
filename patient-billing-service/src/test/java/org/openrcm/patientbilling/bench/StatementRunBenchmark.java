package org.openrcm.patientbilling.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openrcm.patientbilling.Accounts;
import org.openrcm.patientbilling.domain.StatementRunResult;
import org.openrcm.patientbilling.domain.StatementRunService;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Statement run throughput against the real PostgreSQL, PDF rendering and vendor JSON included (and the real broker
 * the outbox relays the PatientStatementIssued events to). Not part of the build: it prints figures and asserts
 * nothing about time. Run it with {@code /work/main/mvnw -B -ntp -o verify -pl patient-billing-service -am
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=StatementRunBenchmark -Drcm.bench=true
 * [-Drcm.bench.guarantors=5000]}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "rcm.bench", matches = "true")
class StatementRunBenchmark {

    private static final String ACCOUNT = "INSERT INTO patient_account (id, tenant_id, patient_id,"
            + " guarantor_first_name, guarantor_last_name, mailing_address, demographics_as_of, balance,"
            + " last_statement_balance, created_at, guarantor_account_id)"
            + " VALUES (?, ?, ?, 'Jane', 'Doe', CAST(? AS jsonb), ?, ?, 0, ?, ?)";
    private static final String CLAIM = "INSERT INTO claim_summary (id, tenant_id, claim_id, patient_id,"
            + " date_of_service, total_charge, payer_id, payer_name, created_at, rendering_provider_npi)"
            + " VALUES (?, ?, ?, ?, ?, 170.40, '60054', 'Aetna', ?, '1234567893')";
    private static final String CHARGE = "INSERT INTO account_item (id, tenant_id, account_id, kind, claim_id,"
            + " payer_id, date_of_service, charge_amount, insurance_paid, amount, occurred_at, components)"
            + " VALUES (?, ?, ?, 'CHARGE', ?, '60054', ?, 170.40, 98.12, ?, ?, '[]'::jsonb)";
    private static final String ADDRESS = "{\"line1\":\"12 Birch Lane\",\"city\":\"Springfield\",\"state\":\"IL\","
            + "\"postalCode\":\"62704\"}";

    @Inject
    StatementRunService runs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void statementRunThroughput() throws SQLException {
        int guarantors = Integer.getInteger("rcm.bench.guarantors", 5000);
        String tenant = Accounts.newTenant();
        long loadStart = System.nanoTime();
        load(tenant, guarantors);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        String loadBefore = loadAverage();
        long cpuStart = processCpuNanos();
        long runStart = System.nanoTime();
        StatementRunResult result = runs.run(tenant);
        double runSeconds = (System.nanoTime() - runStart) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;

        double perSecond = result.statementsIssued() / runSeconds;
        System.out.printf("%nStatement run benchmark: %d guarantors with 2 open claims each (loaded in %.1f s)%n",
                guarantors, loadSeconds);
        System.out.printf("  run: %d statements (PDF + vendor JSON + event each) in %.1f s = %.0f statements/s,"
                + " %d failed%n", result.statementsIssued(), runSeconds, perSecond, result.failures().size());
        System.out.printf("  extrapolated 50,000-guarantor cycle: %.1f min (goal < 10 min)%n", 50_000 / perSecond / 60);
        // the machine is shared: the CPU this JVM spent per statement (PostgreSQL's is not counted) compares runs
        // better than the wall time
        System.out.printf("  this JVM's CPU: %.2f ms per statement; load average before %s, after %s%n%n",
                cpuMillis / Math.max(1, result.statementsIssued()), loadBefore, loadAverage());
        if (result.statementsIssued() != guarantors) {
            throw new AssertionError("Not every guarantor was billed: " + result);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Guarantors owing for two claims adjudicated 10 and 40 days ago, written straight to the tables. */
    private void load(String tenant, int guarantors) throws SQLException {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement accounts = connection.prepareStatement(ACCOUNT);
                PreparedStatement claims = connection.prepareStatement(CLAIM);
                PreparedStatement charges = connection.prepareStatement(CHARGE)) {
            for (int i = 0; i < guarantors; i++) {
                UUID accountId = UUID.randomUUID();
                String patientId = "P-" + i;
                accounts.setObject(1, accountId);
                accounts.setString(2, tenant);
                accounts.setString(3, patientId);
                accounts.setString(4, ADDRESS);
                accounts.setTimestamp(5, Timestamp.from(now));
                accounts.setBigDecimal(6, new java.math.BigDecimal("62.50"));
                accounts.setTimestamp(7, Timestamp.from(now));
                accounts.setObject(8, accountId);
                accounts.addBatch();
                for (int c = 0; c < 2; c++) {
                    String claimId = "clm-" + i + "-" + c;
                    Instant adjudicated = now.minus(c == 0 ? 10 : 40, ChronoUnit.DAYS);
                    LocalDate service = LocalDate.of(2026, 9, 1).plusDays(c);
                    claims.setObject(1, UUID.randomUUID());
                    claims.setString(2, tenant);
                    claims.setString(3, claimId);
                    claims.setString(4, patientId);
                    claims.setObject(5, service);
                    claims.setTimestamp(6, Timestamp.from(adjudicated));
                    claims.addBatch();
                    charges.setObject(1, UUID.randomUUID());
                    charges.setString(2, tenant);
                    charges.setObject(3, accountId);
                    charges.setString(4, claimId);
                    charges.setObject(5, service);
                    charges.setBigDecimal(6, new java.math.BigDecimal(c == 0 ? "25.00" : "37.50"));
                    charges.setTimestamp(7, Timestamp.from(adjudicated));
                    charges.addBatch();
                }
                if (i % 500 == 499) {
                    accounts.executeBatch();
                    claims.executeBatch();
                    charges.executeBatch();
                }
            }
            accounts.executeBatch();
            claims.executeBatch();
            charges.executeBatch();
        }
    }
}
