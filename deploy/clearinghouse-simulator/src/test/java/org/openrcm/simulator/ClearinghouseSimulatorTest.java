package org.openrcm.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openrcm.events.EventJson;
import org.openrcm.simulator.RecordingReceiver.Received;

import com.fasterxml.jackson.databind.JsonNode;

class ClearinghouseSimulatorTest {

    private static final String ACKNOWLEDGMENTS = "/clearinghouse/acknowledgments";
    private static final String REMITTANCES = "/remittances";
    private static final Duration ACK_DELAY = Duration.ofMillis(50);
    private static final Duration REMIT_DELAY = Duration.ofMillis(100);

    private static final String SUBMISSION = """
            {"submissionId":"S-1","tenantId":"t1","claims":[
              {"claimId":"C-1","payerId":"BCBS01","memberId":"XYZ1","patientId":"P-1","totalCharge":"250.00",
               "dateOfService":"2026-11-20","lines":[
                 {"lineNumber":1,"procedureCode":"99213","units":1,"charge":"125.00"},
                 {"lineNumber":2,"procedureCode":"99213","units":1,"charge":"125.00"}]},
              {"claimId":"C-2","payerId":"AETNA01","memberId":"AET2","patientId":"P-2","totalCharge":"10.63",
               "dateOfService":"2026-11-20","lines":[
                 {"lineNumber":1,"procedureCode":"36415","units":1,"charge":"10.63"}]},
              {"claimId":"C-3","payerId":"BCBS01","memberId":"REJ3","patientId":"P-3","totalCharge":"60.00",
               "dateOfService":"2026-11-20","lines":[
                 {"lineNumber":1,"procedureCode":"99212","units":1,"charge":"60.00"}]}]}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private RecordingReceiver receiver;
    private ClearinghouseSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void acknowledgesEachClaimThenRemitsTheAcceptedOnesPerPayer() throws Exception {
        start(0);

        HttpResponse<String> response = submit(SUBMISSION);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response.body()).path("submissionId").asText()).isEqualTo("S-1");
        assertThat(json(response.body()).path("received").asInt()).isEqualTo(3);
        await(() -> receiver.received(REMITTANCES).size() == 2);

        Received acknowledgments = single(receiver.received(ACKNOWLEDGMENTS));
        assertThat(acknowledgments.body().path("submissionId").asText()).isEqualTo("S-1");
        assertThat(acknowledgments.body().path("tenantId").asText()).isEqualTo("t1");
        JsonNode acks = acknowledgments.body().path("acknowledgments");
        assertThat(acks.findValuesAsText("status")).containsExactly("ACCEPTED", "ACCEPTED", "REJECTED");
        assertThat(acks.get(0).path("statusCategory").asText()).isEqualTo("A1");
        assertThat(acks.get(0).path("payerClaimNumber").asText()).startsWith("PCN");
        assertThat(acks.get(0).has("reason")).as("reason written as null").isTrue();
        assertThat(acks.get(2).path("statusCategory").asText()).isEqualTo("A7");
        assertThat(acks.get(2).path("statusCode").asText()).isEqualTo("562");

        List<Received> remittances = receiver.received(REMITTANCES);
        assertThat(remittances).extracting(Received::tenantHeader).containsOnly("t1");
        JsonNode bcbs = payer(remittances, "BCBS01");
        assertThat(bcbs.path("paymentAmount").asText()).isEqualTo("160.00");
        assertThat(bcbs.path("claims").findValuesAsText("claimId")).containsExactly("C-1");
        assertThat(bcbs.path("claims").get(0).path("payerClaimNumber").asText())
                .isEqualTo(acks.get(0).path("payerClaimNumber").asText());
        JsonNode aetna = payer(remittances, "AETNA01");
        assertThat(aetna.path("paymentAmount").asText()).isEqualTo("6.80");
        assertThat(aetna.path("claims").get(0).path("patientResponsibilityAmount").asText()).isEqualTo("1.70");
        assertThat(bcbs.path("traceNumber").asText()).isNotEqualTo(aetna.path("traceNumber").asText());
        assertBalances(bcbs);
        assertBalances(aetna);
    }

    @Test
    void processesAResubmittedSubmissionOnlyOnce() throws Exception {
        start(0);

        HttpResponse<String> first = submit(SUBMISSION);
        HttpResponse<String> again = submit(SUBMISSION);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again.body()).path("received").asInt()).isEqualTo(3);
        await(() -> receiver.received(REMITTANCES).size() == 2);
        Thread.sleep(3 * (ACK_DELAY.toMillis() + REMIT_DELAY.toMillis()));
        assertThat(receiver.received(ACKNOWLEDGMENTS)).hasSize(1);
        assertThat(receiver.received(REMITTANCES)).hasSize(2);
    }

    @Test
    void retriesADeliveryTheReceiverCannotTakeYet() throws Exception {
        start(2);

        submit(SUBMISSION);

        await(() -> receiver.received(REMITTANCES).size() == 2);
        assertThat(receiver.received(ACKNOWLEDGMENTS)).hasSize(1);
    }

    @Test
    void answersMalformedSubmissionsWithAProblem() throws Exception {
        start(0);

        HttpResponse<String> notJson = submit("{not json");
        HttpResponse<String> noClaims = submit("{\"submissionId\":\"S-9\",\"tenantId\":\"t1\",\"claims\":[]}");
        HttpResponse<String> wrongType = submit("{\"submissionId\":\"S-9\",\"tenantId\":\"t1\",\"claims\":"
                + "[{\"claimId\":\"C\",\"payerId\":\"P\",\"lines\":[{\"charge\":\"abc\"}]}]}");

        for (HttpResponse<String> response : List.of(notJson, noClaims, wrongType)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response.body()).path("status").asInt()).isEqualTo(400);
        }
        assertThat(json(noClaims.body()).path("detail").asText()).contains("claims");
        assertThat(json(wrongType.body()).path("detail").asText()).contains("claims[0].lines[0].charge");
        Thread.sleep(ACK_DELAY.toMillis() * 3);
        assertThat(receiver.received(ACKNOWLEDGMENTS)).isEmpty();
    }

    @Test
    void servesOnlyPostSubmissions() throws Exception {
        start(0);

        HttpResponse<String> get = http.send(HttpRequest.newBuilder(simulatorUri("/submissions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(simulatorUri("/elsewhere"))
                .POST(HttpRequest.BodyPublishers.ofString(SUBMISSION)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }

    private void start(int receiverFailures) throws Exception {
        receiver = new RecordingReceiver(receiverFailures);
        simulator = ClearinghouseSimulator.start(
                new SimulatorOptions(0, receiver.url(), receiver.url(), ACK_DELAY, REMIT_DELAY));
    }

    private HttpResponse<String> submit(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(simulatorUri("/submissions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI simulatorUri(String path) {
        return URI.create("http://127.0.0.1:" + simulator.port() + path);
    }

    private static void assertBalances(JsonNode remittance) {
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode claim : remittance.path("claims")) {
            BigDecimal adjusted = BigDecimal.ZERO;
            for (JsonNode adjustment : claim.path("adjustments")) {
                adjusted = adjusted.add(new BigDecimal(adjustment.path("amount").asText()));
            }
            BigDecimal claimPaid = new BigDecimal(claim.path("paidAmount").asText());
            assertThat(claimPaid.add(adjusted)).isEqualByComparingTo(claim.path("chargeAmount").asText());
            paid = paid.add(claimPaid);
        }
        assertThat(paid).isEqualByComparingTo(remittance.path("paymentAmount").asText());
    }

    private static JsonNode payer(List<Received> remittances, String payerId) {
        return remittances.stream().map(Received::body)
                .filter(body -> body.path("payerId").asText().equals(payerId))
                .findFirst().orElseThrow(() -> new AssertionError("No remittance from " + payerId));
    }

    private static Received single(List<Received> received) {
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static JsonNode json(String body) throws Exception {
        return EventJson.mapper().readTree(body);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
