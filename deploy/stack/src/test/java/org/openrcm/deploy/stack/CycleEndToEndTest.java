package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.patientbilling.PatientStatementIssued;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimAck277Reader;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.remit.ClaimPayment;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;
import org.openrcm.x12.remit.RemittanceBalance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole cycle as {@code deploy/rcm demo} runs it (the same classes), over X12 files: the broker, PostgreSQL, the
 * four packaged services and the simulator as separate processes exchanging 837P, 999, 277CA and 835 files through
 * the clearinghouse file drop. 30 encounters from 2 practices, among them an outdated diagnosis code that the coding
 * edits send to review (the demo coder corrects it before any claim exists), a member id the payer rejects (the demo
 * biller corrects and resubmits it) and a visit sent twice. Then everything is checked against
 * the files themselves, read with the X12 module: each kind of file in each directory, every remittance balanced,
 * what the payers paid posted to the cent, what each patient owes after every correction and crossover on their
 * statement, and the rejections nobody could fix waiting in the rejection queue.
 */
class CycleEndToEndTest {

    private static final long SEED = 42L;
    private static final int ENCOUNTERS = 30;
    private static final Duration TIMEOUT = Duration.ofMinutes(6);

    /** Where a claim of this run ends: paid or denied by the payer, or rejected and not corrected. */
    private static final Set<String> SETTLED = Set.of("PAID", "DENIED", "REJECTED");
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void carriesEveryEncounterThroughX12FilesToPaidClaimsAndPatientStatements() throws Exception {
        Path home = Path.of(System.getProperty(StackLayout.HOME_PROPERTY));
        StackLayout layout = new StackLayout(home, home.resolve("deploy/stack/target/e2e-run"));
        assumeTrue(ServiceSpec.ALL.stream().allMatch(service -> Files.isRegularFile(layout.serviceJar(service))),
                "the four services are not packaged (run ./mvnw verify from the repository root)");

        List<DemoTenant> tenants = DemoTenant.forRun(DemoTenant.newRunTag(), 2);
        List<DemoEncounter> encounters = withCorrectableRejections(
                new EncounterGenerator(SEED, LocalDate.now()).generate(tenants, ENCOUNTERS, 0.0));
        List<DemoEncounter> sent = new ArrayList<>(encounters);
        sent.add(encounters.get(encounters.size() - 1)); // the EHR sends a visit again, after its first answer

        StackPlan plan = StackPlan.throwaway(layout, ServiceSpec.ALL, "e2e");
        try (StackSupervisor supervisor = new StackSupervisor(plan, System.out)) {
            StackEndpoints endpoints = supervisor.start();
            List<String> tenantIds = tenants.stream().map(DemoTenant::tenantId).toList();
            try (EventTap tap = EventTap.start(endpoints.kafkaBootstrapServers(), tenantIds)) {
                DemoSummary summary = new DemoRun(supervisor, tap, System.out, TIMEOUT).run(tenants, sent, true);
                summary.print(System.out);

                assertThat(summary.intake()).isEqualTo(new DemoWorkload.Intake(ENCOUNTERS, 1));
                DemoCoder.Review review = summary.coder();
                assertThat(review.sentToReview()).as("encounters sent to coding review").isGreaterThanOrEqualTo(1)
                        .isEqualTo(tap.count(EventCatalog.CODING_REVIEW_REQUIRED));
                assertThat(review.corrected()).as("corrected by the coder").isEqualTo(review.sentToReview());
                assertThat(review.leftInReview()).isZero();
                assertThat(review.editsFired()).containsKey("ICD-BILLABLE");
                assertThat(tap.count(EventCatalog.ENCOUNTER_CODED)).isEqualTo(ENCOUNTERS);
                assertThat(tap.count(EventCatalog.CLAIM_CREATED)).isEqualTo(ENCOUNTERS);
                assertThat(tap.count(EventCatalog.CLAIM_SCRUB_FAILED)).isZero();

                // claims-service applies the payers' outcomes after the tap sees them: wait for it before judging
                Map<String, JsonNode> claimsByPcn = awaitClaimsSettled(endpoints, tenants);
                Map<String, Long> statuses = claimsByPcn.values().stream().collect(Collectors.groupingBy(
                        claim -> claim.path("status").asText(), Collectors.counting()));
                assertThat(statuses.keySet()).as("claim statuses").isSubsetOf(SETTLED);
                assertThat(statuses.getOrDefault("PAID", 0L)).as("claims PAID").isPositive();
                assertThat(statuses.getOrDefault("PAID", 0L) + statuses.getOrDefault("DENIED", 0L))
                        .as("claims PAID or DENIED").isEqualTo(summary.figures().adjudicatedClaims());
                assertThat(tap.duplicates()).isEmpty();
                assertThat(tap.deadLetters()).isZero();

                Path drop = endpoints.clearinghouseDrop();
                assertThat(drop).isEqualTo(layout.clearinghouseDrop());
                for (DemoTenant tenant : tenants) {
                    Path mailbox = drop.resolve(tenant.tenantId()).resolve(DemoWorkload.DEFAULT_ROUTE);
                    assertThat(names(mailbox.resolve("outbound/processed"))).as("837P sent").isNotEmpty()
                            .allMatch(name -> name.startsWith("837P-" + tenant.tenantId() + "-"));
                    assertThat(names(mailbox.resolve("inbound/processed"))).as("999 and 277CA received")
                            .anyMatch(name -> name.startsWith("999-")).anyMatch(name -> name.startsWith("277CA-"));
                    assertThat(names(mailbox.resolve("remittance/processed"))).as("835 received").isNotEmpty()
                            .allMatch(name -> name.startsWith("835-"));
                    for (String box : List.of("outbound", "inbound", "remittance")) {
                        assertThat(names(mailbox.resolve(box).resolve("quarantine"))).as(box + " quarantine")
                                .isEmpty();
                    }
                }

                assertThat(claimsByPcn).hasSize(ENCOUNTERS);
                List<ClaimStatus> acknowledgments = acknowledgments(drop, tenantIds);
                Set<String> rejectedFirst = acknowledgments.stream().filter(ClaimStatus::rejected)
                        .map(ClaimStatus::patientControlNumber).collect(Collectors.toSet());
                // the outdated diagnosis never reached the payer: only the member id is rejected and corrected
                assertThat(rejectedFirst).hasSizeGreaterThanOrEqualTo(1);
                assertThat(summary.biller().resubmitted()).isEqualTo(1);
                assertThat(summary.biller().corrections()).containsOnlyKeys(DemoBiller.MEMBER_ID);
                Set<String> leftRejected = rejectedFirst.stream()
                        .filter(pcn -> claimsByPcn.get(pcn).path("status").asText().equals("REJECTED"))
                        .map(pcn -> claimsByPcn.get(pcn).path("claimId").asText()).collect(Collectors.toSet());
                assertThat(queuedRejections(endpoints, tenants)).as("the rejection queue")
                        .containsExactlyInAnyOrderElementsOf(leftRejected);
                assertThat(summary.figures().cleanClaims()).isEqualTo(ENCOUNTERS - rejectedFirst.size());

                List<Remittance835> remittances = remittances(drop, tenantIds);
                remittances.forEach(remittance -> assertThat(RemittanceBalance.check(remittance))
                        .as("balance of %s", remittance.trace().traceNumber()).isEmpty());
                List<ClaimPayment> claimPayments = remittances.stream().flatMap(r -> r.claims().stream()).toList();
                assertThat(claimPayments).extracting(ClaimPayment::patientControlNumber)
                        .allMatch(claimsByPcn::containsKey);
                assertThat(summary.figures().paid()).as("paid, reversals deducted")
                        .isEqualByComparingTo(sum(claimPayments.stream().map(ClaimPayment::paid).toList()));

                Map<String, BigDecimal> owed = patientShareByClaim(claimPayments);
                assertThat(summary.figures().patientResponsibilityNow())
                        .isEqualByComparingTo(sum(List.copyOf(owed.values())));
                assertStatements(tap.statements(), owed, claimsByPcn);
            }
            for (URI service : endpoints.services().values()) {
                assertServesHealthAndMetrics(service);
            }
        }
    }

    /**
     * What each claim's patient owes after everything the payers sent, in the order they sent it: each part of a
     * claim (by payer claim number) as last adjudicated (a reversal, CLP02 22, takes its part back), or, once a
     * secondary payer has paid (CLP02 2), what that payer left to the patient.
     */
    private static Map<String, BigDecimal> patientShareByClaim(List<ClaimPayment> payments) {
        Map<String, Map<String, BigDecimal>> parts = new LinkedHashMap<>();
        Map<String, BigDecimal> afterSecondary = new HashMap<>();
        for (ClaimPayment payment : payments) {
            String pcn = payment.patientControlNumber();
            BigDecimal share = payment.patientResponsibility() == null ? BigDecimal.ZERO
                    : payment.patientResponsibility();
            switch (payment.statusCode()) {
                case "22" -> parts.computeIfAbsent(pcn, k -> new LinkedHashMap<>())
                        .remove(payment.payerClaimControlNumber());
                case "2", "3" -> afterSecondary.put(pcn, share);
                default -> parts.computeIfAbsent(pcn, k -> new LinkedHashMap<>())
                        .put(payment.payerClaimControlNumber(), share);
            }
        }
        Map<String, BigDecimal> owed = new LinkedHashMap<>();
        parts.forEach((pcn, byPart) -> owed.put(pcn, afterSecondary.getOrDefault(pcn,
                sum(List.copyOf(byPart.values())))));
        return owed;
    }

    /** One statement per patient who owes something, for the sum of what their claims leave them. */
    private static void assertStatements(List<PatientStatementIssued> statements, Map<String, BigDecimal> owed,
            Map<String, JsonNode> claimsByPcn) {
        Map<String, BigDecimal> expected = new HashMap<>();
        owed.forEach((pcn, amount) -> {
            JsonNode claim = claimsByPcn.get(pcn);
            expected.merge(claim.path("tenantId").asText() + "/" + claim.path("patientId").asText(), amount,
                    BigDecimal::add);
        });
        expected.values().removeIf(amount -> amount.signum() == 0);
        Map<String, BigDecimal> billed = statements.stream().collect(Collectors.toMap(
                statement -> statement.tenantId() + "/" + statement.patientId(), PatientStatementIssued::balanceDue,
                (first, second) -> {
                    throw new AssertionError("Two statements for one patient account");
                }));
        assertThat(billed.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((patient, amount) ->
                assertThat(billed.get(patient)).as("balance due of %s", patient).isEqualByComparingTo(amount));
    }

    /** Every claim of the practices in claims-service, by patient control number, with its tenant. */
    private Map<String, JsonNode> claimsByPatientControlNumber(StackEndpoints endpoints, List<DemoTenant> tenants)
            throws Exception {
        Map<String, JsonNode> claims = new HashMap<>();
        for (DemoTenant tenant : tenants) {
            for (JsonNode claim : get(endpoints, "/claims?size=500", tenant)) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) claim).put("tenantId", tenant.tenantId());
                claims.put(claim.path("patientControlNumber").asText(), claim);
            }
        }
        return claims;
    }

    /** The claims once every one is settled in claims-service, or as they stand after {@link #SETTLE_TIMEOUT}. */
    private Map<String, JsonNode> awaitClaimsSettled(StackEndpoints endpoints, List<DemoTenant> tenants)
            throws Exception {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (true) {
            Map<String, JsonNode> claims = claimsByPatientControlNumber(endpoints, tenants);
            boolean settled = claims.values().stream().allMatch(claim -> SETTLED.contains(claim.path("status")
                    .asText()));
            if (settled || System.nanoTime() > deadline) {
                return claims;
            }
            Thread.sleep(250);
        }
    }

    private List<String> queuedRejections(StackEndpoints endpoints, List<DemoTenant> tenants) throws Exception {
        List<String> claimIds = new ArrayList<>();
        for (DemoTenant tenant : tenants) {
            get(endpoints, "/rejections?size=500", tenant).forEach(claim -> claimIds.add(claim.path("claimId").asText()));
        }
        return claimIds;
    }

    private JsonNode get(StackEndpoints endpoints, String path, DemoTenant tenant) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoints.service(ServiceSpec.CLAIMS)
                .resolve(path)).header("X-Tenant-Id", tenant.tenantId()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private static List<ClaimStatus> acknowledgments(Path drop, List<String> tenantIds) throws IOException {
        List<ClaimStatus> statuses = new ArrayList<>();
        for (Path file : exchanged(drop, tenantIds, "inbound", "277CA-")) {
            X12ReadResult<ClaimAck277> read = new ClaimAck277Reader().read(Files.readAllBytes(file));
            assertThat(read.allIssues()).as(file.toString()).noneMatch(X12Issue::isError);
            read.contents().forEach(acknowledgment -> statuses.addAll(acknowledgment.claims()));
        }
        return statuses;
    }

    /** Every 835 the practices received, in the order the payers sent them (file names carry the ISA13). */
    private static List<Remittance835> remittances(Path drop, List<String> tenantIds) throws IOException {
        List<Remittance835> remittances = new ArrayList<>();
        for (Path file : exchanged(drop, tenantIds, "remittance", "835-")) {
            X12ReadResult<Remittance835> read = new Remittance835Reader().read(Files.readAllBytes(file));
            assertThat(read.allIssues()).as(file.toString()).noneMatch(X12Issue::isError);
            remittances.addAll(read.contents());
        }
        return remittances;
    }

    private static List<Path> exchanged(Path drop, List<String> tenantIds, String box, String prefix)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (String tenantId : tenantIds) {
            Path processed = drop.resolve(tenantId).resolve(DemoWorkload.DEFAULT_ROUTE).resolve(box)
                    .resolve("processed");
            names(processed).stream().filter(name -> name.startsWith(prefix)).sorted()
                    .forEach(name -> files.add(processed.resolve(name)));
        }
        return files;
    }

    private static List<String> names(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        }
    }

    private void assertServesHealthAndMetrics(URI service) throws Exception {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(service.resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(service + " ready").isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(service.resolve("/q/metrics"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as(service + " metrics").isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE ");
    }

    /**
     * One patient with a single visit gets a member id the payer rejects, and another single visit an outdated
     * principal diagnosis: both rejected on the first pass, both correctable by the demo biller.
     */
    private static List<DemoEncounter> withCorrectableRejections(List<DemoEncounter> generated) {
        Map<String, Long> visits = generated.stream().collect(Collectors.groupingBy(CycleEndToEndTest::patientKey,
                Collectors.counting()));
        List<DemoEncounter> singles = generated.stream().filter(encounter -> visits.get(patientKey(encounter)) == 1)
                .toList();
        DemoEncounter rejectedMember = singles.get(0);
        DemoEncounter outdatedDiagnosis = singles.stream().skip(1)
                .filter(encounter -> EncounterGenerator.OUTDATED_DIAGNOSES.containsValue(
                        encounter.request().diagnoses().get(0)))
                .findFirst().orElseThrow(() -> new AssertionError("No single visit with a diagnosis to outdate"));
        String outdated = EncounterGenerator.OUTDATED_DIAGNOSES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(outdatedDiagnosis.request().diagnoses().get(0)))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        return generated.stream().map(encounter -> {
            if (encounter == rejectedMember) {
                return encounter.withMemberId(EncounterGenerator.REJECTED_MEMBER_PREFIX + "000000001");
            }
            if (encounter == outdatedDiagnosis) {
                return new DemoEncounter(encounter.tenant(), encounter.request().withPrincipalDiagnosis(outdated));
            }
            return encounter;
        }).toList();
    }

    private static String patientKey(DemoEncounter encounter) {
        return encounter.tenant().tenantId() + "/" + encounter.request().patient().patientId();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
