package org.openrcm.payments.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.payments.PaymentsApi;
import org.openrcm.payments.domain.ExpectedClaimService;
import org.openrcm.payments.intake.RemittanceFile;
import org.openrcm.payments.intake.RemittanceFileIntakeService;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;

import io.quarkus.test.junit.QuarkusTest;

/**
 * 835 parse + post throughput against the real PostgreSQL (and the real broker the outbox relays to). Not part of
 * the build: it prints figures and asserts nothing about time. Run it with
 * {@code /work/main/mvnw -B -ntp -o verify -pl payments-service -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=Remittance835Benchmark -Drcm.bench=true [-Drcm.bench.claims=5000] [-Drcm.bench.claims-per-set=500]}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "rcm.bench", matches = "true")
class Remittance835Benchmark {

    @Inject
    RemittanceFileIntakeService files;

    @Inject
    ExpectedClaimService claims;

    @Test
    void parseAndPostThroughput() {
        int claimCount = Integer.getInteger("rcm.bench.claims", 5000);
        int perSet = Integer.getInteger("rcm.bench.claims-per-set", 500);
        String tenant = PaymentsApi.newTenant().tenant();
        for (int i = 0; i < claimCount; i++) {
            claims.record(new ClaimSubmitted(tenant, "clm-" + i, "enc-" + i, "pat-" + (i % 997), "ACME01", "sub-1",
                    "1", new BigDecimal("250.00"), LocalDate.of(2026, 11, 20), Instant.parse("2026-11-21T09:00:00Z"),
                    pcn(i), null, null));
        }
        byte[] file = file(claimCount, perSet);
        double megabytes = file.length / 1_048_576.0;

        new Remittance835Reader().read(file); // warms the reader (schema loading, JIT) up
        long parseStart = System.nanoTime();
        X12ReadResult<Remittance835> read = new Remittance835Reader().read(file);
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        long postStart = System.nanoTime();
        RemittanceFileIntakeService.FileIntake intake = files.receive(tenant, "bench.x12", "API", file);
        double postSeconds = (System.nanoTime() - postStart) / 1e9;

        long posted = intake.remittances().stream().flatMap(r -> r.claims().stream())
                .filter(c -> c.status().name().equals("POSTED")).count();
        System.out.printf("%n835 benchmark: %d claims in %d transaction sets, %.2f MB (%d sets read, status %s,"
                + " %d claims posted)%n", claimCount, read.transactionSets().size(), megabytes,
                intake.file().outcomes().size(), intake.file().status(), posted);
        System.out.printf("  parse only:   %.2f s  %.1f MB/min  %.0f claims/s%n", parseSeconds,
                megabytes / parseSeconds * 60, claimCount / parseSeconds);
        System.out.printf("  parse + post: %.2f s  %.1f MB/min  %.0f claims/s (one transaction, real PostgreSQL)%n%n",
                postSeconds, megabytes / postSeconds * 60, claimCount / postSeconds);
        if (intake.file().status() != RemittanceFile.Status.PROCESSED || posted != claimCount) {
            throw new AssertionError("The benchmark file was not posted whole: " + intake.file().outcomes());
        }
    }

    private static String pcn(int i) {
        return "B" + String.format("%09d", i);
    }

    /** Sets of {@code perSet} paid claims, two lines each, balanced. */
    private static byte[] file(int claimCount, int perSet) {
        StringBuilder x12 = new StringBuilder();
        x12.append("ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*OPENRCM        *261203*1200*^*00501*")
                .append("000009001*0*T*:~\n");
        List<String> sets = new ArrayList<>();
        for (int start = 0, st = 1; start < claimCount; start += perSet, st++) {
            int end = Math.min(claimCount, start + perSet);
            List<String> body = new ArrayList<>();
            body.add("BPR*I*" + (end - start) * 160 + ".00*C*ACH*CCP*01*999988880*DA*123456*1512345678**01"
                    + "*111122220*DA*654321*20261202");
            body.add("TRN*1*EFTBENCH" + st + "*1512345678");
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
