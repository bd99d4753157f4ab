package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.events.EventJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The demo's patient side against a stand-in patient-billing-service that keeps payments by Idempotency-Key. */
class PatientBillingDemoTest {

    record Request(String method, String path, String tenant, String key, JsonNode body) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> paymentsByKey = new ConcurrentHashMap<>();
    private final List<DemoTenant> tenants = DemoTenant.forRun("test", 2);
    private HttpServer service;
    private PatientBillingDemo demo;

    @TempDir
    Path artifacts;

    @BeforeEach
    void start() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/", this::answer);
        service.start();
        URI url = URI.create("http://127.0.0.1:" + service.getAddress().getPort());
        Map<String, URI> urls = new HashMap<>();
        ServiceSpec.ALL.forEach(spec -> urls.put(spec.name(), url));
        demo = new PatientBillingDemo(new StackEndpoints("127.0.0.1:9092", "PostgreSQL", Path.of("drop"), urls),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        service.stop(0);
    }

    @Test
    void savesPdfsTakesPaymentsRetriesOneWithTheSameKeySetsUpAPlanAndSumsTheReports() throws IOException {
        demo.configure(tenants);
        PatientBillingDemo.Result result = demo.run(tenants, artifacts);

        assertThat(requests).filteredOn(request -> request.path().endsWith("/billing-settings")).hasSize(2)
                .allSatisfy(request -> assertThat(request.body().path("timeZone").asText())
                        .isEqualTo("America/Chicago"));
        assertThat(result.pdfs()).isEqualTo(8);
        assertThat(Files.readAllBytes(artifacts.resolve(tenants.get(0).tenantId()).resolve("s-a1.pdf")))
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(result.payments()).isEqualTo(6);
        assertThat(requests).filteredOn(request -> request.path().endsWith("/payments")).hasSize(8);
        assertThat(result.retrySamePayment()).isTrue();
        assertThat(paymentsByKey).hasSize(6);
        assertThat(result.plans()).isEqualTo(2);
        Request plan = requests.stream().filter(request -> request.path().endsWith("/payment-plans")).findFirst()
                .orElseThrow();
        assertThat(plan.path()).isEqualTo("/accounts/a5/payment-plans");
        assertThat(plan.body().path("totalAmount").asText()).isEqualTo("90.00");
        assertThat(plan.body().path("installmentAmount").asText()).isEqualTo("30.00");
        assertThat(result.aging().get("days61To90")).isEqualByComparingTo("14.00");
        assertThat(result.owed()).isEqualByComparingTo("30.00");
        assertThat(result.accountsInCollections()).isEqualTo(2);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        result.print(new PrintStream(printed, true, StandardCharsets.UTF_8), NumberFormat.getCurrencyInstance(
                Locale.US));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("returned the same payment", "$30.00",
                "2 accounts, $10.00 with the agency");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("X-Tenant-Id"), key,
                body.length == 0 ? null : EventJson.mapper().readTree(body)));
        if (path.endsWith(".pdf")) {
            reply(exchange, 200, "%PDF-1.7 stand-in");
        } else if (path.equals("/accounts")) {
            reply(exchange, 200, """
                    [{"accountId":"a1","balance":"40.00"},{"accountId":"a2","balance":"15.00"},
                     {"accountId":"a3","balance":"0.00"},{"accountId":"a4","balance":"9.00"},
                     {"accountId":"a5","balance":"90.00"}]""");
        } else if (path.endsWith("/statements")) {
            reply(exchange, 200, "[{\"statementId\":\"s-" + path.split("/")[2] + "\"}]");
        } else if (path.endsWith("/payments")) {
            boolean retry = paymentsByKey.containsKey(key);
            String paymentId = paymentsByKey.computeIfAbsent(key, k -> "p-" + paymentsByKey.size());
            reply(exchange, retry ? 200 : 201, "{\"paymentId\":\"" + paymentId + "\"}");
        } else if (path.endsWith("/payment-plans")) {
            reply(exchange, 201, "{}");
        } else if (path.equals("/reports/patient-ar")) {
            reply(exchange, 200, """
                    {"aging":{"current":"1.00","days31To60":"0.00","days61To90":"7.00","days91To120":"0.00",
                     "over120":"7.00"},"totalOwed":"15.00","accountsInCollections":1,"inCollections":"5.00",
                     "patientPayments":"60.00"}""");
        } else {
            reply(exchange, 200, body.length == 0 ? "{}" : new String(body, StandardCharsets.UTF_8));
        }
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
