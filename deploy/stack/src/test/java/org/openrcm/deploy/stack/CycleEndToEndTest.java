package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.patientbilling.PatientStatementIssued;

/**
 * The whole cycle as {@code deploy/rcm demo} runs it (the same classes): the broker, PostgreSQL, the four packaged
 * services and the simulator as separate processes; 30 encounters from 2 practices, among them a patient with
 * two visits, a visit the payer rejects, and a visit sent twice; then everything checked on the events an outside
 * subscriber sees, and the patient statements against amounts computed here from the fee schedule.
 */
class CycleEndToEndTest {

    private static final long SEED = 42L;
    private static final int ENCOUNTERS = 30;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final BigDecimal ALLOWED_RATIO = new BigDecimal("0.80");
    private static final BigDecimal COINSURANCE_RATE = new BigDecimal("0.20");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void carriesEveryEncounterToAPaidClaimAndItsPatientsStatement() throws Exception {
        Path home = Path.of(System.getProperty(StackLayout.HOME_PROPERTY));
        StackLayout layout = new StackLayout(home, home.resolve("deploy/stack/target/e2e-run"));
        assumeTrue(ServiceSpec.ALL.stream().allMatch(service -> Files.isRegularFile(layout.serviceJar(service))),
                "the four services are not packaged (run ./mvnw verify from the repository root)");

        List<DemoTenant> tenants = DemoTenant.forRun(DemoTenant.newRunTag(), 2);
        List<DemoEncounter> encounters = withOneRejectedMember(
                new EncounterGenerator(SEED, LocalDate.now()).generate(tenants, ENCOUNTERS, 0.0));
        DemoEncounter rejected = encounters.stream()
                .filter(encounter -> encounter.request().coverage().memberId().startsWith("REJ"))
                .findFirst().orElseThrow();
        List<DemoEncounter> accepted = encounters.stream().filter(encounter -> encounter != rejected).toList();
        assertThat(visitsByPatient(accepted).values()).as("a patient with two visits").anyMatch(n -> n >= 2);
        List<DemoEncounter> sent = new ArrayList<>(encounters);
        sent.add(accepted.get(accepted.size() - 1)); // the EHR sends a visit again, after its first answer

        StackPlan plan = StackPlan.throwaway(layout, ServiceSpec.ALL, "e2e");
        try (StackSupervisor supervisor = new StackSupervisor(plan, System.out)) {
            StackEndpoints endpoints = supervisor.start();
            try (EventTap tap = EventTap.start(endpoints.kafkaBootstrapServers(),
                    tenants.stream().map(DemoTenant::tenantId).toList())) {
                DemoSummary summary = new DemoRun(supervisor, tap, System.out, TIMEOUT).run(tenants, sent);
                summary.print(System.out);

                assertThat(summary.intake()).isEqualTo(new DemoWorkload.Intake(ENCOUNTERS, 1));
                assertEventCounts(tap, ENCOUNTERS);
                assertThat(tap.duplicates()).isEmpty();
                assertThat(tap.deadLetters()).isZero();
                assertThat(tap.sum(EventCatalog.CLAIM_CREATED)).isEqualByComparingTo(sum(encounters, this::charge));
                assertThat(tap.sum(EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED))
                        .isEqualByComparingTo(sum(accepted, this::coinsurance));
                assertThat(tap.sum(EventCatalog.PAYMENT_POSTED))
                        .isEqualByComparingTo(sum(accepted, this::allowed).subtract(sum(accepted, this::coinsurance)));
                assertStatements(tap.statements(), accepted, rejected);
            }
            for (URI service : endpoints.services().values()) {
                assertServesHealthAndMetrics(service);
            }
        }
    }

    private static void assertEventCounts(EventTap tap, int encounters) {
        Map<EventCatalog, Integer> expected = Map.ofEntries(
                Map.entry(EventCatalog.ENCOUNTER_RECEIVED, encounters),
                Map.entry(EventCatalog.ENCOUNTER_CODED, encounters),
                Map.entry(EventCatalog.CODING_REVIEW_REQUIRED, 0),
                Map.entry(EventCatalog.CLAIM_CREATED, encounters),
                Map.entry(EventCatalog.CLAIM_SCRUB_FAILED, 0),
                Map.entry(EventCatalog.CLAIM_SUBMITTED, encounters),
                Map.entry(EventCatalog.CLAIM_ACCEPTED, encounters - 1),
                Map.entry(EventCatalog.CLAIM_REJECTED, 1),
                Map.entry(EventCatalog.PAYMENT_POSTED, encounters - 1),
                Map.entry(EventCatalog.CLAIM_DENIED, 0),
                Map.entry(EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED, encounters - 1));
        Map<EventCatalog, Integer> actual = new HashMap<>();
        expected.keySet().forEach(type -> actual.put(type, tap.count(type)));
        assertThat(actual).isEqualTo(expected);
    }

    /** One statement per patient with a paid claim, for the sum of that patient's coinsurance. */
    private void assertStatements(List<PatientStatementIssued> statements, List<DemoEncounter> accepted,
            DemoEncounter rejected) {
        Map<String, BigDecimal> expected = accepted.stream()
                .collect(Collectors.toMap(CycleEndToEndTest::patientKey, this::coinsurance, BigDecimal::add));
        Map<String, BigDecimal> billed = statements.stream().collect(Collectors.toMap(
                statement -> statement.tenantId() + "/" + statement.patientId(), PatientStatementIssued::balanceDue,
                (first, second) -> {
                    throw new AssertionError("Two statements for one patient account");
                }));
        assertThat(billed.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet())
                .doesNotContain(patientKey(rejected));
        expected.forEach((patient, coinsurance) ->
                assertThat(billed.get(patient)).as("balance due of %s", patient).isEqualByComparingTo(coinsurance));
    }

    private void assertServesHealthAndMetrics(URI service) throws Exception {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(service.resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(service + " ready").isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(service.resolve("/q/metrics"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as(service + " metrics").isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# TYPE ");
    }

    /** The payer rejects the member id of one visit, of a patient who has no other visit. */
    private static List<DemoEncounter> withOneRejectedMember(List<DemoEncounter> generated) {
        Map<String, Long> visits = visitsByPatient(generated);
        DemoEncounter only = generated.stream().filter(encounter -> visits.get(patientKey(encounter)) == 1)
                .findFirst().orElseThrow(() -> new AssertionError("No patient with a single visit"));
        return generated.stream()
                .map(encounter -> encounter == only ? encounter.withMemberId("REJ000000001") : encounter)
                .toList();
    }

    private static Map<String, Long> visitsByPatient(List<DemoEncounter> encounters) {
        return encounters.stream().collect(Collectors.groupingBy(CycleEndToEndTest::patientKey,
                Collectors.counting()));
    }

    private static String patientKey(DemoEncounter encounter) {
        return encounter.tenant().tenantId() + "/" + encounter.request().patient().patientId();
    }

    private BigDecimal charge(DemoEncounter encounter) {
        return perLine(encounter, charge -> charge);
    }

    /** What the payer allows, per line: 80 % of the charge, to the cent (HALF_UP). */
    private BigDecimal allowed(DemoEncounter encounter) {
        return perLine(encounter, CycleEndToEndTest::allowedOf);
    }

    /** What the patient owes, per line: 20 % of the allowed amount, to the cent (HALF_UP). */
    private BigDecimal coinsurance(DemoEncounter encounter) {
        return perLine(encounter, charge -> cents(allowedOf(charge).multiply(COINSURANCE_RATE)));
    }

    private static BigDecimal allowedOf(BigDecimal charge) {
        return cents(charge.multiply(ALLOWED_RATIO));
    }

    private static BigDecimal perLine(DemoEncounter encounter, Function<BigDecimal, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (ProcedureLine line : encounter.request().procedures()) {
            total = total.add(amount.apply(DemoFeeSchedule.fee(line.code()).multiply(BigDecimal.valueOf(line.units()))));
        }
        return total;
    }

    private static BigDecimal sum(List<DemoEncounter> encounters, Function<DemoEncounter, BigDecimal> amount) {
        return encounters.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
