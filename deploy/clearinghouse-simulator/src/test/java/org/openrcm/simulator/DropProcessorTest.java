package org.openrcm.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.simulator.ClaimFiles.claim;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.simulator.adjudication.Adjudicator;
import org.openrcm.simulator.adjudication.PayerContracts;
import org.openrcm.simulator.adjudication.RemittancePlanner;
import org.openrcm.simulator.adjudication.RemittancePlanner.Treatment;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.Ack999Reader;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimAck277Reader;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.ack.StatusInfo;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.remit.ClaimPayment;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;
import org.openrcm.x12.remit.RemittanceBalance;

/**
 * The simulator on a real file drop, answering 837P files written by the X12 module's writer; every answer is read
 * back with the module's readers, so the simulator's own output must validate.
 */
class DropProcessorTest {

    /** 18 days after the claims' service date: inside the prompt-pay window. */
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String FILE_NAME = "(999|277CA|835)-t1-\\d{9}-\\d{14}\\.x12";

    @TempDir
    Path drop;

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void answersA999PerFileAnd277caPerTransactionSetThenPaysTheAcceptedClaims() throws IOException {
        DropProcessor processor = processor(Duration.ZERO, Duration.ZERO);
        String clean = pcn(Treatment.REGULAR, 0);
        String aetna = pcn(Treatment.REGULAR, 1);
        drop("837P-t1-000000001-20261120100000.x12", ClaimFiles.file(clock,
                List.of(claim(clean, "BCBS01", plainMember(), List.of("I10"), "99213", "125.00"),
                        claim("C2", "BCBS01", "REJ000000002", List.of("I10"), "99213", "125.00"),
                        claim("C3", "BCBS01", plainMember(), List.of("M545"), "99213", "125.00")),
                List.of(claim("C4", "UHC01", plainMember(), List.of("R051"), "99213", "125.00", "71046", "64.99"),
                        claim(aetna, "AETNA01", plainMember(), List.of("E119"), "80053", "29.83", "36415", "10.63"))));

        assertThat(processor.poll()).isEqualTo(1);

        assertThat(files("outbound")).isEmpty();
        assertThat(files("outbound/processed")).containsExactly("837P-t1-000000001-20261120100000.x12");
        List<String> inbound = files("inbound");
        assertThat(inbound).allSatisfy(name -> assertThat(name).matches(FILE_NAME));
        assertThat(inbound).filteredOn(name -> name.startsWith("999-")).hasSize(1);
        assertThat(inbound).filteredOn(name -> name.startsWith("277CA-")).hasSize(2);

        Ack999 ack = single(new Ack999Reader().read(read("inbound", "999-")).contents());
        assertThat(ack.functionalIdCode()).isEqualTo("HC");
        assertThat(ack.setResponses()).extracting(Ack999.SetResponse::controlNumber).containsExactly("0001", "0002");
        assertThat(ack.setResponses()).allSatisfy(set -> assertThat(set.acknowledgmentCode()).isEqualTo(Ack999.AckCode.A));
        assertThat(ack.groupResponse().setsAccepted()).isEqualTo(2);

        Map<String, ClaimStatus> statuses = claimStatuses();
        assertThat(statuses).containsOnlyKeys(clean, "C2", "C3", "C4", aetna);
        assertThat(status(statuses.get(clean))).isEqualTo("A2:20:PR");
        assertThat(statuses.get(clean).payerClaimNumber()).isNotBlank();
        assertThat(statuses.get(clean).billedAmount()).isEqualByComparingTo("125.00");
        assertThat(status(statuses.get("C2"))).isEqualTo("A7:164:IL");
        assertThat(statuses.get("C2").statuses().get(0).actionCode()).isEqualTo("U");
        assertThat(statuses.get("C2").payerClaimNumber()).isNull();
        assertThat(status(statuses.get("C3"))).isEqualTo("A7:254:");
        assertThat(statuses.get("C3").statuses().get(0).freeText()).contains("M545");
        assertThat(status(statuses.get("C4"))).isEqualTo("A6:562:DN");
        assertThat(status(statuses.get(aetna))).isEqualTo("A2:20:PR");

        List<Remittance835> remittances = remittances();
        assertThat(files("remittance")).allSatisfy(name -> assertThat(name).matches(FILE_NAME));
        Map<String, Remittance835> byPayer = remittances.stream()
                .collect(Collectors.toMap(Remittance835::payerId, Function.identity()));
        assertThat(byPayer).containsOnlyKeys("BCBS01", "AETNA01");
        ClaimPayment paid = single(byPayer.get("BCBS01").claims());
        assertThat(paid.patientControlNumber()).isEqualTo(clean);
        assertThat(paid.payerClaimControlNumber()).isEqualTo(statuses.get(clean).payerClaimNumber());
        assertThat(paid.statusCode()).isEqualTo("1");
        assertThat(paid.paid()).isEqualByComparingTo("80.00");
        assertThat(paid.patientResponsibility()).isEqualByComparingTo("20.00");
        assertThat(paid.lines().get(0).lineItemControlNumber()).isEqualTo("1");
        assertThat(byPayer.get("BCBS01").payment().amount()).isEqualByComparingTo("80.00");
        assertThat(byPayer.get("BCBS01").payee().id()).isEqualTo(ClaimFiles.BILLING_NPI);
        ClaimPayment bundled = single(byPayer.get("AETNA01").claims());
        assertThat(bundled.lines().get(1).adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.groupCode()).isEqualTo("CO");
            assertThat(adjustment.reasonCode()).isEqualTo("97");
        });
        assertThat(bundled.lines().get(1).remarks()).extracting(remark -> remark.code()).containsExactly("M15");
    }

    @Test
    void writesReversalsSplitsCrossoversAndInterestIntoBalancedRemittances() throws IOException {
        clock.advance(Duration.ofDays(32)); // 50 days after service: BCBS owes prompt-pay interest
        DropProcessor processor = processor(Duration.ZERO, Duration.ZERO);
        String reversed = pcn(Treatment.REVERSED_AND_CORRECTED, 0);
        String split = pcn(Treatment.SPLIT, 0);
        String crossover = pcn(Treatment.REGULAR, 0);
        String denied = pcn(Treatment.REGULAR, 1);
        drop("837P-t1-000000002-20261222100000.x12", ClaimFiles.file(clock, List.of(
                claim(reversed, "BCBS01", plainMember(), List.of("I10"), "99213", "125.00"),
                claim(split, "BCBS01", plainMember(), List.of("I10"), "99213", "125.00", "93000", "35.17"),
                claim(crossover, "BCBS01", memberWithSecondaryPayer(), List.of("I10"), "99214", "178.35"),
                claim(denied, "UHC01", plainMember(), List.of("J069"), "93000", "35.17"))));

        processor.poll();

        List<Remittance835> remittances = remittances();
        assertThat(remittances).hasSize(4); // BCBS and UHC first; BCBS again and the secondary payer second
        List<ClaimPayment> claims = remittances.stream().flatMap(remittance -> remittance.claims().stream()).toList();
        assertThat(claims).filteredOn(claim -> claim.patientControlNumber().equals(reversed))
                .extracting(ClaimPayment::statusCode).containsExactly("1", "22", "1");
        assertThat(claims).filteredOn(claim -> claim.patientControlNumber().equals(split)).hasSize(2)
                .allSatisfy(part -> assertThat(part.remarks()).extracting(remark -> remark.code()).contains("MA15"));
        assertThat(claims).filteredOn(claim -> claim.patientControlNumber().equals(crossover))
                .extracting(ClaimPayment::statusCode).containsExactly("1", "2");
        assertThat(claims).filteredOn(claim -> claim.patientControlNumber().equals(denied))
                .singleElement().satisfies(claim -> {
                    assertThat(claim.statusCode()).isEqualTo("4");
                    assertThat(claim.paid()).isZero();
                    assertThat(claim.lines().get(0).remarks()).extracting(remark -> remark.code())
                            .containsExactly("N115");
                });
        assertThat(remittances).filteredOn(remittance -> remittance.payerId().equals(PayerContracts.SECONDARY_PAYER_ID))
                .singleElement().satisfies(secondary -> assertThat(secondary.payment().amount()).isPositive());
        assertThat(remittances).flatExtracting(Remittance835::providerAdjustments)
                .flatExtracting(plb -> plb.items())
                .allSatisfy(item -> {
                    assertThat(item.reasonCode()).isEqualTo("L6");
                    assertThat(item.amount()).isNegative();
                })
                .isNotEmpty();
        for (Remittance835 remittance : remittances) {
            assertThat(RemittanceBalance.check(remittance)).as(remittance.trace().traceNumber()).isEmpty();
            assertThat(remittance.payment().amount()).isEqualByComparingTo(RemittanceBalance.expectedPayment(remittance));
        }
    }

    @Test
    void rejectsATransactionSetThatBreaksTheGuideAndAcknowledgesTheOthers() throws IOException {
        DropProcessor processor = processor(Duration.ZERO, Duration.ZERO);
        String file = new String(ClaimFiles.file(clock,
                List.of(claim("C1", "BCBS01", plainMember(), List.of("I10"), "99213", "125.00")),
                List.of(claim("C2", "BCBS01", plainMember(), List.of("I10"), "99213", "125.00"))),
                StandardCharsets.US_ASCII);
        // CLM02 no longer equals the sum of the lines in the first transaction set
        drop("837P-t1-000000003-20261120100000.x12",
                file.replaceFirst("CLM\\*C1\\*125", "CLM*C1*126").getBytes(StandardCharsets.US_ASCII));

        processor.poll();

        Ack999 ack = single(new Ack999Reader().read(read("inbound", "999-")).contents());
        assertThat(ack.setResponses()).extracting(Ack999.SetResponse::acknowledgmentCode)
                .containsExactly(Ack999.AckCode.R, Ack999.AckCode.A);
        assertThat(ack.setResponses().get(0).segmentErrors()).isNotEmpty();
        assertThat(claimStatuses()).containsOnlyKeys("C2");
    }

    @Test
    void answersTheSameFileOnlyOnce() throws IOException {
        DropProcessor processor = processor(Duration.ZERO, Duration.ZERO);
        byte[] file = ClaimFiles.file(clock, List.of(claim("C1", "BCBS01", plainMember(), List.of("I10"), "99213",
                "125.00")));
        drop("837P-t1-000000004-20261120100000.x12", file);
        processor.poll();
        List<String> answered = Stream.concat(files("inbound").stream(), files("remittance").stream()).toList();

        drop("837P-t1-000000004-20261120100000.x12", file);
        drop("837P-t1-000000005-20261120100001.x12", file);
        processor.poll();

        assertThat(Stream.concat(files("inbound").stream(), files("remittance").stream()).toList())
                .containsExactlyInAnyOrderElementsOf(answered);
        assertThat(files("outbound")).isEmpty();
        assertThat(files("outbound/processed")).hasSize(3);
    }

    @Test
    void answersAfterTheDelaysAndKeepsWhatIsNotDueAcrossARestart() throws IOException {
        drop("837P-t1-000000006-20261120100000.x12", ClaimFiles.file(clock, List.of(
                claim(pcn(Treatment.SPLIT, 0), "BCBS01", plainMember(), List.of("I10"), "99213", "125.00", "93000",
                        "35.17"))));
        processor(Duration.ofSeconds(5), Duration.ofSeconds(10)).poll();
        assertThat(files("outbound")).isEmpty();
        assertThat(files("inbound")).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        DropProcessor restarted = processor(Duration.ofSeconds(5), Duration.ofSeconds(10));
        restarted.poll();
        assertThat(files("inbound")).hasSize(2);
        assertThat(files("remittance")).isEmpty();

        clock.advance(Duration.ofSeconds(10));
        restarted.poll();
        assertThat(files("remittance")).hasSize(1);

        clock.advance(Duration.ofSeconds(10));
        restarted.poll();
        assertThat(files("remittance")).hasSize(2);
    }

    @Test
    void quarantinesAFileThatIsNotX12WithTheReason() throws IOException {
        DropProcessor processor = processor(Duration.ZERO, Duration.ZERO);
        drop("837P-t1-000000007-20261120100000.x12", "hello, clearinghouse".getBytes(StandardCharsets.US_ASCII));
        drop(".837P-t1-000000008-20261120100000.x12.part", "half written".getBytes(StandardCharsets.US_ASCII));

        processor.poll();

        assertThat(files("outbound/quarantine")).containsExactlyInAnyOrder("837P-t1-000000007-20261120100000.x12",
                "837P-t1-000000007-20261120100000.x12.reason.txt");
        assertThat(Files.readString(mailbox().resolve(
                "outbound/quarantine/837P-t1-000000007-20261120100000.x12.reason.txt"))).contains("837P");
        assertThat(files("outbound")).as("a temporary file is left alone")
                .containsExactly(".837P-t1-000000008-20261120100000.x12.part");
        assertThat(files("inbound")).isEmpty();
    }

    private DropProcessor processor(Duration ackDelay, Duration remitDelay) {
        return DropProcessor.of(new SimulatorOptions(drop, null, ackDelay, remitDelay, Duration.ofMillis(100)), clock);
    }

    private Path mailbox() {
        return drop.resolve("t1").resolve("default");
    }

    private void drop(String name, byte[] content) throws IOException {
        Path outbound = Files.createDirectories(mailbox().resolve("outbound"));
        Files.write(outbound.resolve(name), content);
    }

    private List<String> files(String directory) throws IOException {
        Path path = mailbox().resolve(directory);
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private byte[] read(String directory, String prefix) throws IOException {
        String name = files(directory).stream().filter(file -> file.startsWith(prefix)).findFirst().orElseThrow();
        return Files.readAllBytes(mailbox().resolve(directory).resolve(name));
    }

    private Map<String, ClaimStatus> claimStatuses() throws IOException {
        List<ClaimStatus> statuses = new ArrayList<>();
        for (String name : files("inbound")) {
            if (name.startsWith("277CA-")) {
                X12ReadResult<ClaimAck277> read = new ClaimAck277Reader()
                        .read(Files.readAllBytes(mailbox().resolve("inbound").resolve(name)));
                assertThat(read.allIssues()).as(name).noneMatch(X12Issue::isError);
                read.contents().forEach(acknowledgment -> statuses.addAll(acknowledgment.claims()));
            }
        }
        return statuses.stream().collect(Collectors.toMap(ClaimStatus::patientControlNumber, Function.identity()));
    }

    /** Every 835 in the mailbox, read back without errors, in file order. */
    private List<Remittance835> remittances() throws IOException {
        List<Remittance835> remittances = new ArrayList<>();
        for (String name : files("remittance")) {
            X12ReadResult<Remittance835> read = new Remittance835Reader()
                    .read(Files.readAllBytes(mailbox().resolve("remittance").resolve(name)));
            assertThat(read.allIssues()).as(name).noneMatch(X12Issue::isError);
            remittances.addAll(read.contents());
        }
        return remittances;
    }

    private static String status(ClaimStatus claim) {
        StatusInfo status = claim.statuses().get(0);
        return status.categoryCode() + ":" + status.statusCode() + ":"
                + (status.entityIdentifierCode() == null ? "" : status.entityIdentifierCode());
    }

    private static String pcn(Treatment treatment, int n) {
        int found = 0;
        for (int i = 0; ; i++) {
            String pcn = "CLM" + i;
            if (RemittancePlanner.treatmentOf(pcn, 2) == treatment && found++ == n) {
                return pcn;
            }
        }
    }

    private static String plainMember() {
        for (int i = 0; ; i++) {
            String memberId = "XOF" + String.format("%09d", i);
            if (!Adjudicator.hasHighDeductible(memberId) && !Adjudicator.hasSecondaryPayer(memberId)) {
                return memberId;
            }
        }
    }

    private static String memberWithSecondaryPayer() {
        for (int i = 0; ; i++) {
            String memberId = "XOF" + String.format("%09d", i);
            if (Adjudicator.hasSecondaryPayer(memberId) && !Adjudicator.hasHighDeductible(memberId)) {
                return memberId;
            }
        }
    }

    private static <T> T single(List<T> values) {
        assertThat(values).hasSize(1);
        return values.get(0);
    }
}
