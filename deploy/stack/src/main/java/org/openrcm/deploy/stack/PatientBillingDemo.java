package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openrcm.events.EventJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The patient side of the demo, over patient-billing-service's REST API: each practice's billing settings (time zone,
 * remit-to, how to pay) before the statement runs; afterwards the statements as PDFs under the artifacts directory,
 * a few patient payments (one sent twice with the same Idempotency-Key, which must come back as the same payment), a
 * payment plan, and each practice's patient A/R report summed for the demo report.
 */
public final class PatientBillingDemo {

    /** Statements downloaded per practice: enough to look at, few enough to keep the demo quick. */
    static final int PDFS_PER_PRACTICE = 25;
    static final int PAYMENTS_PER_PRACTICE = 3;
    private static final String TENANT_HEADER = "X-Tenant-Id";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /**
     * What the patient side did and the patients' A/R over all practices.
     *
     * @param aging patient A/R by age in days: 0-30, 31-60, 61-90, 91-120, over 120
     */
    public record Result(int pdfs, Path statementsDir, int payments, boolean retrySamePayment, int plans,
            Map<String, BigDecimal> aging, BigDecimal owed, int accountsInCollections, BigDecimal inCollections,
            BigDecimal patientPayments) {

        /** The demo report's lines about patients. */
        public void print(PrintStream out, NumberFormat dollars) {
            out.printf("  %-24s %d PDFs in %s%n", "patient statement PDFs", pdfs, statementsDir);
            out.printf("  %-24s %d taken (a retried request %s), %d payment plans, %s received in all%n",
                    "patient payments", payments, retrySamePayment ? "returned the same payment" : "CHARGED TWICE",
                    plans, dollars.format(patientPayments));
            out.printf("  %-24s %s owed by patients (days: 0-30 | 31-60 | 61-90 | 91-120 | 120+)%n",
                    "patient A/R by age", dollars.format(owed));
            out.printf("  %-24s   %s%n", "", String.join(" | ", aging.values().stream().map(dollars::format)
                    .toList()));
            out.printf("  %-24s %d accounts, %s with the agency%n", "collections", accountsInCollections,
                    dollars.format(inCollections));
        }
    }

    private final StackEndpoints endpoints;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PatientBillingDemo(StackEndpoints endpoints, PrintStream out) {
        this.endpoints = endpoints;
        this.out = out;
    }

    /** Each practice's billing settings; to do before its first statement run. */
    public void configure(List<DemoTenant> tenants) {
        for (DemoTenant tenant : tenants) {
            Map<String, Object> settings = Map.ofEntries(Map.entry("timeZone", "America/Chicago"),
                    // every patient who owes gets a statement (the end-to-end test checks one per patient)
                    Map.entry("cycleDay", 1), Map.entry("dueDays", 30), Map.entry("minimumBalance", "0.01"),
                    Map.entry("writeOffThreshold", "0.00"), Map.entry("dunningLevels", List.of(
                            Map.of("afterDays", 30, "message", "This balance is past due; please pay it or call us."),
                            Map.of("afterDays", 60, "message", "Second notice: please pay now."),
                            Map.of("afterDays", 90, "message", "Final notice before collections."))),
                    Map.entry("practiceName", tenant.name()), Map.entry("practicePhone", "(217) 555-0100"),
                    Map.entry("practiceAddress", tenant.address()), Map.entry("remitTo", tenant.address()),
                    Map.entry("howToPay", "Pay by card at the front desk or by phone, or mail a check with your"
                            + " account number."), Map.entry("collectionAgency", "demo-collections"));
            call("PUT", "/tenants/" + tenant.tenantId() + "/billing-settings", null, Map.of(), settings, 200);
        }
    }

    /** After the statement runs: PDFs, payments, a plan, and the practices' patient A/R. */
    public Result run(List<DemoTenant> tenants, Path statementsDir) {
        int pdfs = 0;
        int payments = 0;
        int plans = 0;
        boolean sameOnRetry = true;
        List<JsonNode> reports = new ArrayList<>();
        for (DemoTenant tenant : tenants) {
            List<JsonNode> owing = new ArrayList<>();
            for (JsonNode account : json(call("GET", "/accounts?size=500", tenant.tenantId(), Map.of(), null, 200))) {
                if (new BigDecimal(account.path("balance").asText("0")).signum() > 0) {
                    owing.add(account);
                }
            }
            for (JsonNode account : owing) {
                if (pdfs >= PDFS_PER_PRACTICE * (tenants.indexOf(tenant) + 1)) {
                    break;
                }
                for (JsonNode statement : json(call("GET", "/accounts/" + account.path("accountId").asText()
                        + "/statements?size=1", tenant.tenantId(), Map.of(), null, 200))) {
                    pdfs += download(tenant, statement.path("statementId").asText(), statementsDir);
                }
            }
            for (int i = 0; i < Math.min(PAYMENTS_PER_PRACTICE, owing.size()); i++) {
                String accountId = owing.get(i).path("accountId").asText();
                BigDecimal balance = new BigDecimal(owing.get(i).path("balance").asText());
                Map<String, Object> payment = Map.of("method", i == 1 ? "CHECK" : "CARD",
                        "amount", balance.min(new BigDecimal("20.00")).toPlainString(),
                        "reference", i == 1 ? "10" + (42 + i) : "tok_demo_" + tenant.tenantId() + "_" + i);
                String key = "demo-" + tenant.tenantId() + "-" + accountId;
                String first = json(call("POST", "/accounts/" + accountId + "/payments", tenant.tenantId(),
                        Map.of("Idempotency-Key", key), payment, 201)).path("paymentId").asText();
                payments++;
                if (i == 0) {
                    // the client did not hear back and sends the same request again: no second charge
                    String again = json(call("POST", "/accounts/" + accountId + "/payments", tenant.tenantId(),
                            Map.of("Idempotency-Key", key), payment, 200)).path("paymentId").asText();
                    sameOnRetry &= first.equals(again);
                }
            }
            if (owing.size() > PAYMENTS_PER_PRACTICE) {
                JsonNode account = owing.get(PAYMENTS_PER_PRACTICE);
                BigDecimal balance = new BigDecimal(account.path("balance").asText());
                BigDecimal installment = balance.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.UP);
                call("POST", "/accounts/" + account.path("accountId").asText() + "/payment-plans", tenant.tenantId(),
                        Map.of(), Map.of("totalAmount", balance.toPlainString(), "installmentAmount",
                                installment.toPlainString(), "frequency", "MONTHLY", "firstDueDate",
                                LocalDate.now().plusDays(14).toString(), "autopay", true), 201);
                plans++;
            }
            reports.add(json(call("GET", "/reports/patient-ar", tenant.tenantId(), Map.of(), null, 200)));
        }
        out.println("Patient billing: " + pdfs + " statement PDFs, " + payments + " payments, " + plans + " plans");
        return summed(pdfs, statementsDir, payments, sameOnRetry, plans, reports);
    }

    static Result summed(int pdfs, Path statementsDir, int payments, boolean sameOnRetry, int plans,
            List<JsonNode> reports) {
        Map<String, BigDecimal> aging = new java.util.LinkedHashMap<>();
        List.of("current", "days31To60", "days61To90", "days91To120", "over120").forEach(
                bucket -> aging.put(bucket, reports.stream().map(report -> money(report.path("aging").path(bucket)))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
        return new Result(pdfs, statementsDir, payments, sameOnRetry, plans, aging,
                reports.stream().map(report -> money(report.path("totalOwed"))).reduce(BigDecimal.ZERO,
                        BigDecimal::add),
                reports.stream().mapToInt(report -> report.path("accountsInCollections").asInt()).sum(),
                reports.stream().map(report -> money(report.path("inCollections"))).reduce(BigDecimal.ZERO,
                        BigDecimal::add),
                reports.stream().map(report -> money(report.path("patientPayments"))).reduce(BigDecimal.ZERO,
                        BigDecimal::add));
    }

    private int download(DemoTenant tenant, String statementId, Path statementsDir) {
        HttpResponse<byte[]> pdf = send(request("GET", "/statements/" + statementId + ".pdf", tenant.tenantId(),
                Map.of(), null), HttpResponse.BodyHandlers.ofByteArray(), 200);
        try {
            Path dir = Files.createDirectories(statementsDir.resolve(tenant.tenantId()));
            Files.write(dir.resolve(statementId + ".pdf"), pdf.body());
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save statement " + statementId, e);
        }
    }

    private HttpResponse<String> call(String method, String path, String tenantId, Map<String, String> headers,
            Object body, int expected) {
        return send(request(method, path, tenantId, headers, body), HttpResponse.BodyHandlers.ofString(), expected);
    }

    private HttpRequest request(String method, String path, String tenantId, Map<String, String> headers,
            Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.service(ServiceSpec.PATIENT_BILLING)
                .resolve(path)).timeout(REQUEST_TIMEOUT).method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (tenantId != null) {
            request.header(TENANT_HEADER, tenantId);
        }
        headers.forEach(request::header);
        return request.build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, int expected) {
        URI uri = request.uri();
        try {
            HttpResponse<T> response = http.send(request, handler);
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + uri + " answered " + response.statusCode()
                        + (response.body() instanceof String text ? ": " + text : ""));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.method() + " " + uri, e);
        }
    }

    private static BigDecimal money(JsonNode amount) {
        return amount.isMissingNode() || amount.isNull() ? BigDecimal.ZERO : new BigDecimal(amount.asText());
    }

    private static byte[] bytes(Object body) {
        try {
            return EventJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return EventJson.mapper().readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unexpected answer from " + response.uri() + ": " + response.body(), e);
        }
    }
}
