package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.openrcm.events.EventJson;
import org.openrcm.events.common.Address;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What the practices and the bureau's operators do over the services' REST APIs in the demo: onboard the
 * practices, send encounters, and run patient statements.
 */
public final class DemoWorkload {

    private static final String TENANT_HEADER = "X-Tenant-Id";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** The body of claims-service's {@code PUT /billing-profile}. */
    public record BillingProfile(String billingProviderNpi, String billingProviderName, String taxId,
            Address address) {
    }

    /** How the encounters were taken in: new ones (201) and ones coding-service already had (200). */
    public record Intake(int created, int alreadyReceived) {
    }

    /** The answer of patient-billing-service's {@code POST /statement-runs}, summed over the practices. */
    public record StatementRun(int statementsIssued, BigDecimal totalBalanceDue) {
    }

    record TenantRegistration(String name) {
    }

    private final StackEndpoints endpoints;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoWorkload(StackEndpoints endpoints, PrintStream out) {
        this.endpoints = endpoints;
        this.out = out;
    }

    /** Registers each practice with every service and gives claims-service its billing profile and fees. */
    public void onboard(List<DemoTenant> tenants) {
        for (DemoTenant tenant : tenants) {
            for (ServiceSpec service : ServiceSpec.ALL) {
                send(service, "PUT", "/admin/tenants/" + tenant.tenantId(), null,
                        new TenantRegistration(tenant.name()), 200, 201);
            }
            send(ServiceSpec.CLAIMS, "PUT", "/billing-profile", tenant.tenantId(),
                    new BillingProfile(tenant.npi(), tenant.name(), tenant.taxId(), tenant.address()), 200, 201, 204);
            send(ServiceSpec.CLAIMS, "PUT", "/fee-schedule", tenant.tenantId(), DemoFeeSchedule.request(),
                    200, 201, 204);
        }
        out.println("Onboarded " + tenants.size() + " practices with every service");
    }

    /**
     * Sends the encounters, each practice's in order (as its EHR feed would) and the practices side by side; a
     * visit listed twice is sent again after the first answer.
     */
    public Intake postEncounters(List<DemoEncounter> encounters) {
        Map<DemoTenant, List<DemoEncounter>> byTenant = new LinkedHashMap<>();
        encounters.forEach(encounter ->
                byTenant.computeIfAbsent(encounter.tenant(), tenant -> new ArrayList<>()).add(encounter));
        AtomicInteger created = new AtomicInteger();
        AtomicInteger alreadyReceived = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        int progressStep = Math.max(1, encounters.size() / 10);
        ExecutorService feeds = Executors.newFixedThreadPool(byTenant.size());
        try {
            List<CompletableFuture<Void>> done = byTenant.values().stream()
                    .map(feed -> CompletableFuture.runAsync(() -> feed.forEach(encounter -> {
                        int status = postEncounter(encounter);
                        (status == 201 ? created : alreadyReceived).incrementAndGet();
                        int total = sent.incrementAndGet();
                        if (total % progressStep == 0 || total == encounters.size()) {
                            out.printf("  sent %d/%d encounters%n", total, encounters.size());
                        }
                    }), feeds))
                    .toList();
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            feeds.shutdownNow();
        }
        return new Intake(created.get(), alreadyReceived.get());
    }

    /** @return 201 for a new encounter, 200 for one coding-service already had */
    public int postEncounter(DemoEncounter encounter) {
        return send(ServiceSpec.CODING, "POST", "/encounters", encounter.tenant().tenantId(), encounter.request(),
                200, 201).statusCode();
    }

    /** Runs patient statements for each practice. */
    public StatementRun runStatements(List<DemoTenant> tenants) {
        int issued = 0;
        BigDecimal balanceDue = BigDecimal.ZERO;
        for (DemoTenant tenant : tenants) {
            HttpResponse<String> response = send(ServiceSpec.PATIENT_BILLING, "POST", "/statement-runs",
                    tenant.tenantId(), null, 200);
            StatementRun run = read(response, StatementRun.class);
            issued += run.statementsIssued();
            balanceDue = balanceDue.add(run.totalBalanceDue());
        }
        out.println("Statement runs issued " + issued + " statements");
        return new StatementRun(issued, balanceDue);
    }

    private HttpResponse<String> send(ServiceSpec service, String method, String path, String tenantId, Object body,
            int... expectedStatuses) {
        URI uri = endpoints.service(service).resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(json(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (tenantId != null) {
            request.header(TENANT_HEADER, tenantId);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + uri, e);
        }
        for (int expected : expectedStatuses) {
            if (response.statusCode() == expected) {
                return response;
            }
        }
        throw new IllegalStateException(method + " " + uri + (tenantId == null ? "" : " for tenant " + tenantId)
                + " answered " + response.statusCode() + ": " + response.body());
    }

    private static byte[] json(Object body) {
        try {
            return EventJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(HttpResponse<String> response, Class<T> type) {
        try {
            return EventJson.mapper().readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unexpected answer from " + response.uri() + ": " + response.body(), e);
        }
    }
}
