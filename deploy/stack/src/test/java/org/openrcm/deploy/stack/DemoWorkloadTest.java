package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.events.EventJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The demo's requests as the services receive them, checked against a stand-in for all four services. */
class DemoWorkloadTest {

    /** One request the stand-in received, when it came and when it was answered. */
    record Request(String method, String path, String tenant, JsonNode body, long receivedNanos,
            long answeredNanos) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Set<String> knownEncounters = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile long answerDelayMillis;
    private volatile String rejectionQueue = "[]";
    private volatile String claimsList = "[]";
    private volatile Map<String, String> ledgers = Map.of();
    private final List<DemoTenant> tenants = DemoTenant.forRun("test", 2);
    private HttpServer services;
    private DemoWorkload workload;

    @BeforeEach
    void start() throws IOException {
        services = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        services.setExecutor(Executors.newCachedThreadPool());
        services.createContext("/", this::answer);
        services.start();
        URI url = URI.create("http://127.0.0.1:" + services.getAddress().getPort());
        Map<String, URI> urls = new HashMap<>();
        ServiceSpec.ALL.forEach(service -> urls.put(service.name(), url));
        workload = new DemoWorkload(new StackEndpoints("127.0.0.1:9092", "PostgreSQL", Path.of("drop"), urls),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        services.stop(0);
    }

    @Test
    void registersEachPracticeWithEveryServiceAndGivesClaimsItsProfileAndFees() {
        workload.onboard(tenants);

        DemoTenant tenant = tenants.get(0);
        assertThat(requests).filteredOn(request -> request.path().equals("/admin/tenants/" + tenant.tenantId()))
                .hasSize(4).allSatisfy(request -> {
                    assertThat(request.method()).isEqualTo("PUT");
                    assertThat(request.body().path("name").asText()).isEqualTo(tenant.name());
                });
        Request profile = single("/billing-profile", tenant);
        assertThat(profile.body().path("billingProviderNpi").asText()).isEqualTo(tenant.npi());
        assertThat(profile.body().path("taxId").asText()).hasSize(9);
        assertThat(profile.body().path("address").path("state").asText()).isEqualTo("IL");
        JsonNode entries = single("/fee-schedule", tenant).body().path("entries");
        assertThat(entries.findValuesAsText("procedureCode")).contains("99202", "99205", "99211", "99215", "93000",
                "36415", "80053", "85025", "71046", "G0439");
        assertThat(entries.get(0).path("amount").isTextual()).as("amounts travel as strings").isTrue();
        assertThat(requests).filteredOn(request -> request.path().startsWith("/payers/")
                && tenant.tenantId().equals(request.tenant()))
                .extracting(Request::path).containsExactlyInAnyOrder("/payers/BCBS01", "/payers/AETNA01",
                        "/payers/UHC01");
        assertThat(single("/payers/AETNA01", tenant).body().path("route").asText()).isEqualTo("default");
    }

    @Test
    void sumsWhatPayersOweByPayerAndAgeAndCountsThePostingQueues() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        claimsList = """
                [{"claimId":"c-1"},{"claimId":"c-2"},{"claimId":"c-3"},{"claimId":"c-4"}]""";
        ledgers = Map.of(
                "c-1", ledger("BCBS01", "2026-11-20", "100.00"),
                "c-2", ledger("BCBS01", "2026-10-01", "35.17"),
                "c-3", ledger("AETNA01", "2026-07-01", "0.00"));

        Receivables receivables = workload.receivables(List.of(tenants.get(0)), today);

        assertThat(receivables.byPayer()).containsOnlyKeys("BCBS01");
        assertThat(receivables.byPayer().get("BCBS01")).containsEntry("0-30", new BigDecimal("100.00"))
                .containsEntry("61-90", new BigDecimal("35.17")).containsEntry("120+", BigDecimal.ZERO);
        assertThat(receivables.total()).isEqualByComparingTo("135.17");
        assertThat(receivables.unmatchedPayments()).isEqualTo(2);
        assertThat(receivables.heldPayments()).isEqualTo(1);
        assertThat(receivables.heldRemittances()).isZero();
    }

    @Test
    void theBillerCorrectsMemberIdsAndOutdatedDiagnosesAndResubmitsLeavingTheRestQueued() {
        DemoTenant tenant = tenants.get(0);
        rejectionQueue = """
                [{"claimId":"c-1","patientId":"P-1","payerId":"AETNA01","diagnosisCodes":["I10"],
                  "rejectionReasons":[{"statusCategory":"A7","statusCode":"164","entityCode":"IL"}]},
                 {"claimId":"c-2","patientId":"P-2","payerId":"BCBS01","diagnosisCodes":["M545","I10"],
                  "rejectionReasons":[{"statusCategory":"A7","statusCode":"254"}]},
                 {"claimId":"c-3","patientId":"P-3","payerId":"UHC01","diagnosisCodes":["R051"],
                  "rejectionReasons":[{"statusCategory":"A6","statusCode":"562","entityCode":"DN"}]}]""";

        DemoBiller.Corrections corrections = new DemoBiller(workload, quiet()).work(List.of(tenant), Map.of(
                tenant.tenantId() + "/P-1", "REJ123456789", tenant.tenantId() + "/P-2", "XOF1",
                tenant.tenantId() + "/P-3", "U1"));

        assertThat(corrections.claimIds()).containsExactlyInAnyOrder("c-1", "c-2");
        assertThat(corrections.corrections()).isEqualTo(Map.of("member id", 1, "diagnosis code", 1));
        assertThat(corrections.leftInQueue()).isEqualTo(1);
        Request memberFix = single("/claims/c-1", tenant);
        assertThat(memberFix.method()).isEqualTo("PATCH");
        assertThat(memberFix.body().path("memberId").asText()).isEqualTo("W123456789");
        assertThat(memberFix.body().has("diagnosisCodes")).isFalse();
        assertThat(single("/claims/c-2", tenant).body().path("diagnosisCodes").toString())
                .isEqualTo("[\"M5450\",\"I10\"]");
        assertThat(requests).filteredOn(request -> request.path().endsWith("/resubmit"))
                .extracting(Request::method, Request::path)
                .containsExactlyInAnyOrder(tuple("POST", "/claims/c-1/resubmit"), tuple("POST", "/claims/c-2/resubmit"));
        assertThat(requests).filteredOn(request -> request.path().startsWith("/claims/c-3")).isEmpty();
    }

    @Test
    void sendsEncountersConcurrentlyAndAResentOneOnlyAfterItsFirstAnswer() {
        answerDelayMillis = 100;
        List<DemoEncounter> generated = new EncounterGenerator(1, LocalDate.now()).generate(tenants, 10, 0.0);
        List<DemoEncounter> sent = new ArrayList<>(generated);
        sent.add(generated.get(0));

        DemoWorkload.Intake intake = workload.postEncounters(sent);

        assertThat(intake).isEqualTo(new DemoWorkload.Intake(10, 1));
        List<String> firstPractice = requests.stream()
                .filter(request -> request.tenant().equals(tenants.get(0).tenantId()))
                .map(request -> request.body().path("externalId").asText()).toList();
        assertThat(firstPractice).containsExactlyInAnyOrder("V-000001", "V-000003", "V-000005", "V-000007",
                "V-000009", "V-000001");
        List<Request> resent = requests.stream()
                .filter(request -> request.body().path("externalId").asText().equals("V-000001")
                        && request.tenant().equals(tenants.get(0).tenantId()))
                .toList();
        assertThat(resent.get(1).receivedNanos()).as("sent again after the first answer")
                .isGreaterThanOrEqualTo(resent.get(0).answeredNanos());
        assertThat(maxInFlight.get()).as("requests in flight at once").isBetween(2,
                DemoWorkload.DEFAULT_ENCOUNTERS_IN_FLIGHT);
        JsonNode encounter = requests.get(0).body();
        assertThat(encounter.path("patient").path("birthDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(encounter.path("coverage").path("relationshipCode").asText()).isEqualTo("18");
        assertThat(encounter.path("diagnoses").get(0).isTextual()).isTrue();
        assertThat(encounter.path("procedures").get(0).path("diagnosisPointers").get(0).asInt()).isEqualTo(1);
    }

    @Test
    void sumsTheStatementRunsOfThePractices() {
        DemoWorkload.StatementRun run = workload.runStatements(tenants);

        assertThat(run.statementsIssued()).isEqualTo(6);
        assertThat(run.totalBalanceDue()).isEqualByComparingTo("24.68");
        assertThat(requests).extracting(Request::path).containsOnly("/statement-runs");
    }

    @Test
    void failsNamingTheRequestAServiceRefused() {
        DemoEncounter encounter = new EncounterGenerator(1, LocalDate.now()).generate(tenants, 1, 0.0).get(0)
                .withMemberId("REFUSE-ME");

        assertThatIllegalStateException().isThrownBy(() -> workload.postEncounter(encounter))
                .withMessageContaining("/encounters")
                .withMessageContaining("422")
                .withMessageContaining("coding-edits-failed");
    }

    private static String ledger(String payerId, String dateOfService, String insuranceBalance) {
        return "{\"payerId\":\"" + payerId + "\",\"dateOfService\":\"" + dateOfService
                + "\",\"balance\":{\"insuranceBalance\":\"" + insuranceBalance + "\"}}";
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private Request single(String path, DemoTenant tenant) {
        List<Request> matching = requests.stream()
                .filter(request -> request.path().equals(path) && tenant.tenantId().equals(request.tenant()))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        JsonNode body = bytes.length == 0 ? null : EventJson.mapper().readTree(bytes);
        String path = exchange.getRequestURI().getPath();
        String tenant = exchange.getRequestHeaders().getFirst("X-Tenant-Id");
        try {
            Thread.sleep(answerDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = 200;
        String answer = "{}";
        if (path.equals("/encounters")) {
            boolean refused = body.path("coverage").path("memberId").asText().equals("REFUSE-ME");
            status = refused ? 422 : knownEncounters.add(tenant + body.path("externalId").asText()) ? 201 : 200;
            answer = refused ? "{\"type\":\"https://openrcm.org/problems/coding-edits-failed\"}" : "{}";
        } else if (path.equals("/claims")) {
            answer = claimsList;
        } else if (path.matches("/claims/c-\\d+/ledger")) {
            String ledger = ledgers.get(path.split("/")[2]);
            status = ledger == null ? 404 : 200;
            answer = ledger == null ? "{}" : ledger;
        } else if (path.equals("/claim-payments")) {
            String query = exchange.getRequestURI().getQuery();
            answer = query.contains("status=UNMATCHED") ? "[{},{}]" : query.contains("status=HELD_REVIEW") ? "[{}]"
                    : "[]";
        } else if (path.equals("/remittances")) {
            answer = "[]";
        } else if (path.equals("/rejections")) {
            answer = rejectionQueue;
        } else if (path.equals("/statement-runs")) {
            answer = "{\"statementsIssued\":3,\"totalBalanceDue\":\"12.34\"}";
        }
        byte[] response = answer.getBytes(StandardCharsets.UTF_8);
        inFlight.decrementAndGet();
        requests.add(new Request(exchange.getRequestMethod(), path, tenant, body, received, System.nanoTime()));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, response.length);
        exchange.getResponseBody().write(response);
        exchange.close();
    }
}
