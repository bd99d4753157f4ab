package org.openrcm.payments.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.payments.PaymentsApi;
import org.openrcm.payments.claim.ExpectedClaimService;
import org.openrcm.payments.intake.RemittanceFile;
import org.openrcm.payments.intake.RemittanceFileIntakeService;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 835 parse + post throughput against the real PostgreSQL (and the real broker the outbox relays to). Not part of
 * the build: it prints figures and asserts nothing about time. Run it with
 * {@code ./mvnw -B -ntp -o verify -pl payments-service -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=Remittance835Benchmark -Drcm.bench=true [-Drcm.bench.claims=5000] [-Drcm.bench.claims-per-set=500]
 * [-Drcm.bench.warm-up-claims=1000]}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "rcm.bench", matches = "true")
class Remittance835Benchmark {

    @Inject
    RemittanceFileIntakeService files;

    @Inject
    ExpectedClaimService claims;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void parseAndPostThroughput() throws Exception {
        int claimCount = Integer.getInteger("rcm.bench.claims", 5000);
        int perSet = Integer.getInteger("rcm.bench.claims-per-set", 500);
        int warmUpClaims = Integer.getInteger("rcm.bench.warm-up-claims", Math.min(claimCount, 1000));
        String tenant = PaymentsApi.newTenant().tenant();
        recordClaims(tenant, 0, claimCount + warmUpClaims);
        // A service posting a large file has posted before: the warm-up file (other claims, other traces) brings the
        // posting code to the JIT's attention, as the first read does the reader.
        byte[] warmUp = file(claimCount, warmUpClaims, perSet, "WARMUP");
        new Remittance835Reader().read(warmUp);
        files.receive(tenant, "warm-up.x12", "API", warmUp);

        byte[] file = file(0, claimCount, perSet, "EFTBENCH");
        double megabytes = file.length / 1_048_576.0;
        Cpu parseCpu = Cpu.start(dataSource);
        X12ReadResult<Remittance835> read = new Remittance835Reader().read(file);
        Cpu.Used parse = parseCpu.stop();

        Cpu postCpu = Cpu.start(dataSource);
        RemittanceFileIntakeService.FileIntake intake = files.receive(tenant, "bench.x12", "API", file);
        Cpu.Used post = postCpu.stop();

        long posted = intake.remittances().stream().flatMap(r -> r.claims().stream())
                .filter(c -> c.status().name().equals("POSTED")).count();
        System.out.printf("%n835 benchmark: %d claims in %d transaction sets, %.2f MB (%d sets read, status %s,"
                + " %d claims posted), after a warm-up file of %d claims; load average %s%n", claimCount,
                read.transactionSets().size(), megabytes, intake.file().outcomes().size(), intake.file().status(),
                posted, warmUpClaims, Files.readString(Path.of("/proc/loadavg")).trim());
        print("parse only:  ", parse, megabytes, claimCount);
        print("parse + post:", post, megabytes, claimCount);
        System.out.println("  (one transaction, real PostgreSQL; CPU = the posting thread and this database's"
                + " server processes, which the machine's load does not slow down the way it does wall time)");
        System.out.println();
        if (intake.file().status() != RemittanceFile.Status.PROCESSED || posted != claimCount) {
            throw new AssertionError("The benchmark file was not posted whole: " + intake.file().outcomes());
        }
    }

    private static void print(String what, Cpu.Used used, double megabytes, int claims) {
        System.out.printf("  %s %6.2f s  %5.1f MB/min  %5.0f claims/s | CPU %5.2f s (JVM %.2f s + PostgreSQL %.2f s)"
                + "  %5.1f MB/min of CPU%n", what, used.wallSeconds(), megabytes / used.wallSeconds() * 60,
                claims / used.wallSeconds(), used.cpuSeconds(), used.jvmSeconds(), used.databaseSeconds(),
                megabytes / used.cpuSeconds() * 60);
    }

    private void recordClaims(String tenant, int from, int to) {
        for (int i = from; i < to; i++) {
            claims.record(new ClaimSubmitted(tenant, "clm-" + i, "enc-" + i, "pat-" + (i % 997), "ACME01", "sub-1",
                    "1", new BigDecimal("250.00"), LocalDate.of(2026, 11, 20), Instant.parse("2026-11-21T09:00:00Z"),
                    pcn(i), null, null));
        }
    }

    /**
     * CPU time spent from start to stop by the calling thread and by this database's PostgreSQL server processes
     * (read from /proc: the benchmark runs beside the server; 0 where /proc does not show them).
     */
    private record Cpu(AgroalDataSource dataSource, long wallStart, long jvmStart, Map<Long, Long> databaseStart) {

        record Used(double wallSeconds, double jvmSeconds, double databaseSeconds) {
            double cpuSeconds() {
                return jvmSeconds + databaseSeconds;
            }
        }

        private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

        static Cpu start(AgroalDataSource dataSource) throws SQLException {
            return new Cpu(dataSource, System.nanoTime(), threadCpu(), serverTicks(dataSource));
        }

        Used stop() throws SQLException {
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double jvm = (threadCpu() - jvmStart) / 1e9;
            long ticks = 0;
            for (Map.Entry<Long, Long> now : serverTicks(dataSource).entrySet()) {
                ticks += now.getValue() - databaseStart.getOrDefault(now.getKey(), 0L);
            }
            return new Used(wall, jvm, ticks / TICKS_PER_SECOND);
        }

        private static long threadCpu() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        private static Map<Long, Long> serverTicks(AgroalDataSource dataSource) throws SQLException {
            Map<Long, Long> ticks = new HashMap<>();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()");
                    ResultSet pids = select.executeQuery()) {
                while (pids.next()) {
                    long pid = pids.getLong(1);
                    try {
                        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12])); // utime + stime
                    } catch (IOException | RuntimeException e) {
                        // not on this machine (or gone): not counted
                    }
                }
            }
            return ticks;
        }
    }

    private static String pcn(int i) {
        return "B" + String.format("%09d", i);
    }

    /** Claims {@code first} to {@code first + claimCount - 1} paid in sets of {@code perSet}, two lines each. */
    private static byte[] file(int first, int claimCount, int perSet, String tracePrefix) {
        StringBuilder x12 = new StringBuilder();
        x12.append("ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*OPENRCM        *261203*1200*^*00501*")
                .append("000009001*0*T*:~\n");
        List<String> sets = new ArrayList<>();
        for (int start = first, st = 1; start < first + claimCount; start += perSet, st++) {
            int end = Math.min(first + claimCount, start + perSet);
            List<String> body = new ArrayList<>();
            body.add("BPR*I*" + (end - start) * 160 + ".00*C*ACH*CCP*01*999988880*DA*123456*1512345678**01"
                    + "*111122220*DA*654321*20261202");
            body.add("TRN*1*" + tracePrefix + st + "*1512345678");
            body.add("DTM*405*20261202");
            body.add("N1*PR*ACME HEALTH");
            body.add("N3*1 PAYER WAY");
            body.add("N4*HARTFORD*CT*06101");
            body.add("REF*2U*ACME01");
            body.add("PER*BL*PROVIDER SERVICES*TE*8005551212");
            body.add("N1*PE*SUNRISE FAMILY MEDICINE*XX*1234567893");
            body.add("REF*TJ*123456789");
            body.add("LX*1");
            for (int i = start; i < end; i++) {
                body.add("CLP*" + pcn(i) + "*1*250.00*160.00*40.00*12*PAYER" + i + "*11*1");
                body.add("NM1*QC*1*DOE*JANE****MI*MEM" + i);
                body.add("DTM*232*20261120");
                body.add("SVC*HC:99214:25*200.00*130.00**1");
                body.add("DTM*472*20261120");
                body.add("CAS*CO*45*40.00");
                body.add("CAS*PR*2*30.00");
                body.add("REF*6R*1");
                body.add("SVC*HC:87880*50.00*30.00**1");
                body.add("DTM*472*20261120");
                body.add("CAS*CO*45*10.00");
                body.add("CAS*PR*3*10.00");
                body.add("REF*6R*2");
            }
            String control = String.format("%04d", st);
            StringBuilder set = new StringBuilder("ST*835*" + control + "~\n");
            body.forEach(segment -> set.append(segment).append("~\n"));
            set.append("SE*").append(body.size() + 2).append('*').append(control).append("~\n");
            sets.add(set.toString());
        }
        x12.append("GS*HP*ACMEPAYER*OPENRCM*20261203*1200*9001*X*005010X221A1~\n");
        sets.forEach(x12::append);
        x12.append("GE*").append(sets.size()).append("*9001~\nIEA*1*000009001~\n");
        return x12.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
