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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the practices and the bureau's operators do over the services' REST APIs in the demo: onboard the
 * practices, send encounters, and run patient statements.
 */
public final class DemoWorkload {

    private static final String TENANT_HEADER = "X-Tenant-Id";
    private static final int PAGE_SIZE = 500;
    /** Who made a change, for a claim's history. */
    private static final String USER_HEADER = "X-User";
    /** coding-service's name for the same header. */
    private static final String CODING_USER_HEADER = "X-User-Id";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Enough for 2,000 encounters to go in within seconds: coding-service answers in a few milliseconds each, so
     * the demo's pace is set by the cycle behind it, not by the generator waiting on answers.
     */
    public static final int DEFAULT_ENCOUNTERS_IN_FLIGHT = 32;

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

    /** The body of claims-service's {@code PUT /payers/{payerId}}: how a practice bills one payer. */
    record PayerConfiguration(String name, String claimFilingIndicator, boolean requiresBillingTaxonomy, String route,
            int timelyFilingDays, int paymentWindowDays) {
    }

    /** The clearinghouse mailbox every demo payer's claims go through. */
    static final String DEFAULT_ROUTE = "default";

    private final StackEndpoints endpoints;
    private final PrintStream out;
    private final int encountersInFlight;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Spreads requests over a service's instances, in turn. */
    private final AtomicInteger nextInstance = new AtomicInteger();

    public DemoWorkload(StackEndpoints endpoints, PrintStream out) {
        this(endpoints, out, DEFAULT_ENCOUNTERS_IN_FLIGHT);
    }

    /** @param encountersInFlight at most this many encounter requests at a time */
    public DemoWorkload(StackEndpoints endpoints, PrintStream out, int encountersInFlight) {
        if (encountersInFlight < 1) {
            throw new IllegalArgumentException("At least one encounter must be in flight");
        }
        this.endpoints = endpoints;
        this.out = out;
        this.encountersInFlight = encountersInFlight;
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
            for (String[] payer : EncounterGenerator.PAYERS) {
                send(ServiceSpec.CLAIMS, "PUT", "/payers/" + payer[0], tenant.tenantId(),
                        new PayerConfiguration(payer[1], "CI", false, DEFAULT_ROUTE, 90, 30), 200, 201, 204);
            }
        }
        out.println("Onboarded " + tenants.size() + " practices with every service");
    }

    /**
     * Sends the encounters concurrently, at most {@code encountersInFlight} requests at a time (spread over
     * coding-service's instances), as EHR feeds of busy practices do; a visit listed twice is sent again only after the answer to its first sending.
     */
    public Intake postEncounters(List<DemoEncounter> encounters) {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger alreadyReceived = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        int progressStep = Math.max(1, encounters.size() / 10);
        Map<String, CompletableFuture<Integer>> firstSendings = new HashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(encountersInFlight);
        try {
            List<CompletableFuture<Integer>> sendings = new ArrayList<>();
            for (DemoEncounter encounter : encounters) {
                CompletableFuture<Integer> earlier = firstSendings.get(encounter.key());
                CompletableFuture<Integer> sending = (earlier == null
                        ? CompletableFuture.supplyAsync(() -> postEncounter(encounter), senders)
                        : earlier.thenApplyAsync(status -> postEncounter(encounter), senders))
                        .whenComplete((status, failure) -> {
                            if (failure != null) {
                                return;
                            }
                            (status == 201 ? created : alreadyReceived).incrementAndGet();
                            int total = sent.incrementAndGet();
                            if (total % progressStep == 0 || total == encounters.size()) {
                                out.printf("  sent %d/%d encounters%n", total, encounters.size());
                            }
                        });
                firstSendings.putIfAbsent(encounter.key(), sending);
                sendings.add(sending);
            }
            CompletableFuture.allOf(sendings.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            senders.shutdownNow();
        }
        return new Intake(created.get(), alreadyReceived.get());
    }

    /** @return 201 for a new encounter, 200 for one coding-service already had */
    public int postEncounter(DemoEncounter encounter) {
        return send(ServiceSpec.CODING, "POST", "/encounters", encounter.tenant().tenantId(), encounter.request(),
                200, 201).statusCode();
    }

    /**
     * Sends one encounter without waiting for the answer, for a generator that keeps its own pace (the bench's
     * open loop).
     */
    public CompletableFuture<HttpResponse<String>> postEncounterAsync(DemoEncounter encounter) {
        return http.sendAsync(build(ServiceSpec.CODING, "POST", "/encounters", encounter.tenant().tenantId(),
                Map.of(), encounter.request()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The practice's coding review queue in coding-service: every encounter in REVIEW_REQUIRED. */
    public List<JsonNode> codingReviewQueue(DemoTenant tenant) {
        return pages(ServiceSpec.CODING, "/encounters?status=REVIEW_REQUIRED", tenant);
    }

    /** A coder's codes for an encounter in review ({@code PUT /encounters/{id}/codes}); the encounter as it is now. */
    public JsonNode correctCodes(DemoTenant tenant, String encounterId, Object codes, String user) {
        return read(request(ServiceSpec.CODING, "PUT", "/encounters/" + encounterId + "/codes", tenant.tenantId(),
                Map.of(CODING_USER_HEADER, user), codes, 200), JsonNode.class);
    }

    /** The practice's rejection queue in claims-service ({@code GET /rejections}): the REJECTED claims. */
    public List<JsonNode> rejectionQueue(DemoTenant tenant) {
        HttpResponse<String> response = send(ServiceSpec.CLAIMS, "GET", "/rejections?size=500", tenant.tenantId(),
                null, 200);
        List<JsonNode> claims = new ArrayList<>();
        read(response, JsonNode.class).forEach(claims::add);
        return claims;
    }

    /** Corrects a held, rejected or failed claim ({@code PATCH /claims/{claimId}}). */
    public void correctClaim(DemoTenant tenant, String claimId, Object correction, String user) {
        sendAs(user, ServiceSpec.CLAIMS, "PATCH", "/claims/" + claimId, tenant.tenantId(),
                correction, 200);
    }

    /** Scrubs a corrected claim again and queues it for the next batch ({@code POST /claims/{claimId}/resubmit}). */
    public void resubmitClaim(DemoTenant tenant, String claimId, String user) {
        sendAs(user, ServiceSpec.CLAIMS, "POST", "/claims/" + claimId + "/resubmit", tenant.tenantId(), null, 200);
    }

    /**
     * The practices' receivables from payments-service: each claim's open insurance balance ({@code GET
     * /claims/{claimId}/ledger}) by payer and age, and the sizes of the unmatched and held queues.
     */
    public Receivables receivables(List<DemoTenant> tenants, LocalDate today) {
        Map<String, Map<String, BigDecimal>> byPayer = new HashMap<>();
        int unmatched = 0;
        int heldPayments = 0;
        int heldRemittances = 0;
        for (DemoTenant tenant : tenants) {
            for (JsonNode claim : pages(ServiceSpec.CLAIMS, "/claims", tenant)) {
                HttpResponse<String> response = send(ServiceSpec.PAYMENTS, "GET",
                        "/claims/" + claim.path("claimId").asText() + "/ledger", tenant.tenantId(), null, 200, 404);
                if (response.statusCode() == 404) {
                    continue; // never submitted, so nothing is owed by a payer
                }
                JsonNode ledger = read(response, JsonNode.class);
                BigDecimal open = new BigDecimal(ledger.path("balance").path("insuranceBalance").asText("0"));
                if (open.signum() != 0) {
                    Receivables.add(byPayer, ledger.path("payerId").asText(),
                            LocalDate.parse(ledger.path("dateOfService").asText()), today, open);
                }
            }
            unmatched += pages(ServiceSpec.PAYMENTS, "/claim-payments?status=UNMATCHED", tenant).size();
            heldPayments += pages(ServiceSpec.PAYMENTS, "/claim-payments?status=HELD_UNBALANCED", tenant).size()
                    + pages(ServiceSpec.PAYMENTS, "/claim-payments?status=HELD_REVIEW", tenant).size();
            heldRemittances += pages(ServiceSpec.PAYMENTS, "/remittances?status=HELD", tenant).size();
        }
        return Receivables.of(byPayer, unmatched, heldPayments, heldRemittances);
    }

    /** Every item of a paged list ({@code page}, {@code size}). */
    private List<JsonNode> pages(ServiceSpec service, String path, DemoTenant tenant) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            String separator = path.contains("?") ? "&" : "?";
            HttpResponse<String> response = send(service, "GET", path + separator + "page=" + page + "&size="
                    + PAGE_SIZE, tenant.tenantId(), null, 200);
            JsonNode answer = read(response, JsonNode.class);
            answer.forEach(items::add);
            if (answer.size() < PAGE_SIZE) {
                return items;
            }
        }
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
        return request(service, method, path, tenantId, Map.of(), body, expectedStatuses);
    }

    /** A request a user makes, named for the history of what it changes. */
    private HttpResponse<String> sendAs(String user, ServiceSpec service, String method, String path,
            String tenantId, Object body, int... expectedStatuses) {
        return request(service, method, path, tenantId, Map.of(USER_HEADER, user), body, expectedStatuses);
    }

    private HttpResponse<String> request(ServiceSpec service, String method, String path, String tenantId,
            Map<String, String> headers, Object body, int... expectedStatuses) {
        HttpRequest request = build(service, method, path, tenantId, headers, body).build();
        URI uri = request.uri();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
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

    private HttpRequest.Builder build(ServiceSpec service, String method, String path, String tenantId,
            Map<String, String> headers, Object body) {
        List<URI> instances = endpoints.instances(service);
        URI uri = instances.get(Math.floorMod(nextInstance.getAndIncrement(), instances.size())).resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(json(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (tenantId != null) {
            request.header(TENANT_HEADER, tenantId);
        }
        headers.forEach(request::header);
        return request;
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
