package org.openrcm.payments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.openrcm.payments.RemittanceJson.adjustment;
import static org.openrcm.payments.RemittanceJson.claim;
import static org.openrcm.payments.RemittanceJson.paidClaim;
import static org.openrcm.payments.RemittanceJson.remittance;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.RcmEvent;
import org.openrcm.events.TopicSpec;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.events.payments.RemittanceReceived;
import org.openrcm.payments.ClaimEvents;
import org.openrcm.payments.PaymentsApi;
import org.openrcm.plumbing.inbound.EventSchemaValidator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class RemittanceResourceTest {

    private static final Adjustment CO_45 = new Adjustment("CO", "45", new BigDecimal("50.00"));
    private static final Adjustment PR_2 = new Adjustment("PR", "2", new BigDecimal("40.00"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EventSchemaValidator schemas;

    private PaymentsApi api;
    private TopicProbe events;
    private TopicProbe claims;

    @BeforeEach
    void registerTenant() {
        api = PaymentsApi.newTenant();
        events = new TopicProbe(bootstrapServers, Topics.CLAIM_PAYMENTS.name(), Topics.REMITTANCES.name());
        claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
    }

    @AfterEach
    void closeProbes() {
        events.close();
        claims.close();
    }

    @Test
    void submittedClaimThenRemittancePostsThePaymentAndThePatientShareExactlyOnce() {
        String claimId = submittedClaim("250.00");

        ExtractableResponse<Response> created = api.postRemittance(remittance("EFT-1", "160.00", paidClaim(claimId)))
                .statusCode(201).extract();
        String remittanceId = created.path("remittanceId");
        assertThat(created.header("Location")).endsWith("/remittances/" + remittanceId);
        api.remittance(remittanceId).statusCode(200).body("status", equalTo("PROCESSED"))
                .body("paymentAmount", equalTo("160.00"))
                .body("claims.claimId", contains(claimId)).body("claims.status", contains("POSTED"));

        List<TopicProbe.Received> payments = eventsOn(Topics.CLAIM_PAYMENTS, 3);
        assertThat(payments).extracting(r -> r.header(CloudEventHeaders.TYPE)).containsExactly(
                EventCatalog.PAYMENT_POSTED.ceType(), EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED.ceType(),
                EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED_V2.ceType());
        assertThat(payments).allSatisfy(event -> {
            assertThat(event.key()).isEqualTo(claimId);
            assertThat(event.header(CloudEventHeaders.SOURCE)).isEqualTo("/openrcm/payments-service");
        });
        PaymentPosted posted = read(payments.get(0), PaymentPosted.class);
        assertThat(posted.remittanceId()).isEqualTo(remittanceId);
        assertThat(posted.payerId()).isEqualTo("BCBS01");
        assertThat(posted.payerClaimNumber()).isEqualTo("PCN-" + claimId);
        assertThat(posted.claimStatusCode()).isEqualTo("1");
        assertThat(posted.chargeAmount()).isEqualTo("250.00");
        assertThat(posted.paidAmount()).isEqualTo("160.00");
        assertThat(posted.patientResponsibilityAmount()).isEqualTo("40.00");
        assertThat(posted.adjustments()).containsExactly(CO_45, PR_2);
        assertThat(payments.get(0).value()).contains("\"paidAmount\":\"160.00\"");
        PatientResponsibilityDetermined share = read(payments.get(1), PatientResponsibilityDetermined.class);
        assertThat(share.patientId()).isEqualTo("pat-" + claimId);
        assertThat(share.dateOfService()).isEqualTo(ClaimEvents.DATE_OF_SERVICE);
        assertThat(share.remittanceId()).isEqualTo(remittanceId);
        assertThat(share.amount()).isEqualTo("40.00");
        assertThat(share.insurancePaid()).isEqualTo("160.00");
        assertThat(share.chargeAmount()).isEqualTo("250.00");
        assertThat(share.components()).containsExactly(PR_2);
        PatientResponsibilityDeterminedV2 owed = read(payments.get(2), PatientResponsibilityDeterminedV2.class);
        assertThat(owed.amount()).isEqualTo("40.00");
        assertThat(owed.previousAmount()).isEqualTo("0.00");
        assertThat(owed.reason()).isEqualTo(PatientResponsibilityDeterminedV2.ORIGINAL);
        assertThat(owed.revision()).isEqualTo(1);

        TopicProbe.Received remittanceEvent = single(eventsOn(Topics.REMITTANCES, 1));
        assertThat(remittanceEvent.key()).isEqualTo(remittanceId);
        RemittanceReceived received = read(remittanceEvent, RemittanceReceived.class);
        assertThat(received.remittanceId()).isEqualTo(remittanceId);
        assertThat(received.traceNumber()).isEqualTo("EFT-1");
        assertThat(received.paymentAmount()).isEqualTo("160.00");
        assertThat(received.claimCount()).isEqualTo(1);

        api.ledger(claimId).statusCode(200)
                .body("entries.type", contains("INSURANCE_PAYMENT", "ADJUSTMENT", "ADJUSTMENT"))
                .body("entries.groupCode", contains(null, "CO", "PR"))
                .body("entries.amount", contains("160.00", "50.00", "40.00"))
                .body("balance.chargeAmount", equalTo("250.00"))
                .body("balance.insurancePaid", equalTo("160.00"))
                .body("balance.contractualAdjustments", equalTo("50.00"))
                .body("balance.patientResponsibility", equalTo("40.00"))
                .body("balance.insuranceBalance", equalTo("0.00"))
                .body("balance.balance", equalTo("40.00"));
    }

    @Test
    void aPaperEobKeyedInPostsLikeAnEraOnceAndIsMarkedManual() {
        String claimId = submittedClaim("250.00");
        String eob = remittance("CHK-PAPER-1", "160.00", paidClaim(claimId));

        String remittanceId = api.post("/manual-postings", eob).statusCode(201).body("channel", equalTo("MANUAL"))
                .body("claims.status", contains("POSTED")).extract().path("remittanceId");
        api.post("/manual-postings", eob).statusCode(200).body("remittanceId", equalTo(remittanceId));

        api.ledger(claimId).body("balance.insurancePaid", equalTo("160.00"))
                .body("balance.patientResponsibility", equalTo("40.00")).body("entries.source",
                        everyItem(startsWith("MANUAL TRN CHK-PAPER-1")));
        assertThat(eventsOn(Topics.CLAIM_PAYMENTS, 3)).extracting(r -> r.header(CloudEventHeaders.TYPE))
                .containsExactly(EventCatalog.PAYMENT_POSTED.ceType(),
                        EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED.ceType(),
                        EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED_V2.ceType());
    }

    @Test
    void aLaterEraWhoseClp01IsGarbledIsMatchedByThePayersClaimNumber() {
        String claimId = submittedClaim("250.00");
        api.postRemittance(remittance("EFT-7", "160.00", paidClaim(claimId))).statusCode(201);
        // The payer's reversal names the claim only by its own claim number (CLP07) given on the first ERA.
        String reversal = claim(claimId, "22", "-250.00", "-160.00", "-40.00", adjustment("CO", "45", "-50.00"),
                adjustment("PR", "2", "-40.00")).replace("\"claimId\":\"" + claimId + "\"", "\"claimId\":\"GARBLED1\"");

        api.postRemittance(remittance("EFT-8", "-160.00", reversal)).statusCode(201)
                .body("claims.status", contains("POSTED"));

        api.ledger(claimId).body("entries.size()", equalTo(6)).body("balance.insurancePaid", equalTo("0.00"))
                .body("balance.insuranceBalance", equalTo("250.00"));
    }

    @Test
    void theSameRemittanceAgainReturnsTheFirstAndPostsNothingTwice() {
        String claimId = submittedClaim("250.00");
        String body = remittance("EFT-2", "160.00", paidClaim(claimId));

        String first = api.postRemittance(body).statusCode(201).extract().path("remittanceId");
        String second = api.postRemittance(body).statusCode(200).body("claims.status", contains("POSTED"))
                .extract().path("remittanceId");

        assertThat(second).isEqualTo(first);
        assertThat(eventsOn(Topics.CLAIM_PAYMENTS, 3)).hasSize(3);
        assertThat(eventsOn(Topics.REMITTANCES, 1)).hasSize(1);
        api.ledger(claimId).body("entries.size()", equalTo(3));
    }

    @Test
    void concurrentCopiesOfTheSameRemittancePostOnce() throws Exception {
        String claimId = submittedClaim("250.00");
        String body = remittance("EFT-3", "160.00", paidClaim(claimId));
        Callable<ExtractableResponse<Response>> post = () -> api.postRemittance(body).extract();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<ExtractableResponse<Response>> responses;
        try {
            List<Future<ExtractableResponse<Response>>> futures = pool.invokeAll(
                    IntStream.range(0, 4).mapToObj(i -> post).toList());
            responses = futures.stream().map(RemittanceResourceTest::get).toList();
        } finally {
            pool.shutdown();
        }

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnly(201, 200)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.<String>path("remittanceId")).containsOnly(
                responses.get(0).<String>path("remittanceId"));
        assertThat(eventsOn(Topics.CLAIM_PAYMENTS, 3)).hasSize(3);
        assertThat(eventsOn(Topics.REMITTANCES, 1)).hasSize(1);
        api.ledger(claimId).body("entries.size()", equalTo(3));
    }

    @Test
    void remittanceBeforeItsClaimWaitsUnmatchedAndIsPostedOnceWhenTheClaimArrives() {
        String claimId = newClaimId();
        api.postRemittance(remittance("EFT-4", "160.00", paidClaim(claimId))).statusCode(201)
                .body("status", equalTo("PROCESSED")).body("claims.status", contains("UNMATCHED"));
        api.claimPayments("UNMATCHED").statusCode(200).body("patientControlNumber", contains(claimId))
                .body("claimId", contains((String) null));
        assertThat(eventsOn(Topics.REMITTANCES, 1)).hasSize(1);
        assertThat(eventsSoonOn(Topics.CLAIM_PAYMENTS)).isEmpty();

        ClaimSubmitted submitted = ClaimEvents.submitted(api.tenant(), claimId, "pat-" + claimId, "250.00");
        String ceId = ClaimEvents.send(claims, submitted);

        List<TopicProbe.Received> payments = eventsOn(Topics.CLAIM_PAYMENTS, 3);
        assertThat(payments).extracting(r -> r.header(CloudEventHeaders.TYPE)).containsExactly(
                EventCatalog.PAYMENT_POSTED.ceType(), EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED.ceType(),
                EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED_V2.ceType());
        assertThat(read(payments.get(1), PatientResponsibilityDetermined.class).patientId())
                .isEqualTo("pat-" + claimId);
        api.claimPayments("UNMATCHED").body("patientControlNumber", not(hasItem(claimId)));
        api.claimPayments("POSTED").body("claimId", contains(claimId));

        double duplicatesBefore = PaymentsApi.inboundDuplicates();
        ClaimEvents.send(claims, submitted, ceId);
        PaymentsApi.awaitInboundDuplicates(duplicatesBefore + 1);
        assertThat(eventsOn(Topics.CLAIM_PAYMENTS, 3)).hasSize(3);
        api.ledger(claimId).body("entries.size()", equalTo(3));
    }

    @Test
    void unbalancedClaimIsHeldWithItsReasonAndAnnouncedNowhereWhileTheRestIsPosted() {
        String balanced = submittedClaim("250.00");
        String unbalanced = submittedClaim("100.00");

        api.postRemittance(remittance("EFT-5", "210.00", paidClaim(balanced),
                claim(unbalanced, "1", "100.00", "50.00", "0.00", adjustment("CO", "45", "40.00"))))
                .statusCode(201).body("status", equalTo("PROCESSED"))
                .body("claims.status", contains("POSTED", "HELD_UNBALANCED"));

        api.claimPayments("HELD_UNBALANCED").statusCode(200).body("patientControlNumber", contains(unbalanced))
                .body("[0].holdReason", equalTo("charge 100.00 is not paid 50.00 + adjustments 40.00 (off by 10.00)"));
        List<TopicProbe.Received> payments = eventsOn(Topics.CLAIM_PAYMENTS, 3);
        assertThat(payments).hasSize(3).extracting(TopicProbe.Received::key).containsOnly(balanced);
        assertThat(eventsOn(Topics.REMITTANCES, 1)).hasSize(1);
        api.ledger(unbalanced).body("entries", empty()).body("balance.insuranceBalance", equalTo("100.00"));
    }

    @Test
    void remittanceWhosePaymentDoesNotAddUpIsHeldWholeButKeptAndAnnounced() {
        String claimId = submittedClaim("250.00");

        String remittanceId = api.postRemittance(remittance("EFT-6", "170.00", paidClaim(claimId)))
                .statusCode(201).body("status", equalTo("HELD"))
                .body("holdReason", equalTo("payment amount 170.00 is not the sum of the claims' paid amounts 160.00"
                        + " (difference 10.00)"))
                .body("claims.status", contains("HELD_UNBALANCED"))
                .body("claims[0].holdReason", containsString("difference 10.00"))
                .extract().path("remittanceId");

        RemittanceReceived received = read(single(eventsOn(Topics.REMITTANCES, 1)), RemittanceReceived.class);
        assertThat(received.remittanceId()).isEqualTo(remittanceId);
        assertThat(received.paymentAmount()).isEqualTo("170.00");
        assertThat(eventsSoonOn(Topics.CLAIM_PAYMENTS)).isEmpty();
        api.ledger(claimId).body("entries", empty());
    }

    @Test
    void deniedClaimIsAnnouncedAsDeniedAndMovesNoMoney() {
        String claimId = submittedClaim("250.00");

        api.postRemittance(remittance("EFT-7", "0.00",
                claim(claimId, "4", "250.00", "0.00", "0.00", adjustment("CO", "50", "250.00"))))
                .statusCode(201).body("claims.status", contains("DENIED"));

        List<TopicProbe.Received> payments = eventsOn(Topics.CLAIM_PAYMENTS, 1);
        assertThat(payments).extracting(r -> r.header(CloudEventHeaders.TYPE))
                .containsExactly(EventCatalog.CLAIM_DENIED.ceType());
        ClaimDenied denied = read(payments.get(0), ClaimDenied.class);
        assertThat(denied.chargeAmount()).isEqualTo("250.00");
        assertThat(denied.adjustments()).containsExactly(new Adjustment("CO", "50", new BigDecimal("250.00")));
        api.ledger(claimId).body("entries", empty()).body("balance.insuranceBalance", equalTo("250.00"));
        api.claimPayments("DENIED").body("claimId", contains(claimId));
    }

    @Test
    void anotherTenantsClaimRemittanceAndLedgerAreInvisible() {
        String claimId = submittedClaim("250.00");
        String remittanceId = api.postRemittance(remittance("EFT-8", "160.00", paidClaim(claimId)))
                .statusCode(201).extract().path("remittanceId");
        PaymentsApi other = PaymentsApi.newTenant();

        other.remittance(remittanceId).statusCode(404).contentType("application/problem+json");
        other.ledger(claimId).statusCode(404).contentType("application/problem+json");
        other.claimPayments("POSTED").statusCode(200).body("size()", equalTo(0));
        // The other tenant's remittance for a claim of the same id is not matched to this tenant's claim.
        other.postRemittance(remittance("EFT-8", "160.00", paidClaim(claimId))).statusCode(201)
                .body("claims.status", contains("UNMATCHED"));
        api.ledger(claimId).body("entries.size()", equalTo(3));
    }

    private String submittedClaim(String totalCharge) {
        String claimId = newClaimId();
        ClaimEvents.send(claims, ClaimEvents.submitted(api.tenant(), claimId, "pat-" + claimId, totalCharge));
        api.awaitClaim(claimId);
        return claimId;
    }

    private static String newClaimId() {
        return "clm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This tenant's events on the topic once {@code expected} arrived (or 30 s passed), plus 2 s for any extra. */
    private List<TopicProbe.Received> eventsOn(TopicSpec topic, int expected) {
        return events.await(r -> r.topic().equals(topic.name())
                && api.tenant().equals(r.header(CloudEventHeaders.TENANT_ID)), expected, Duration.ofSeconds(30),
                Duration.ofSeconds(2));
    }

    /** This tenant's events on the topic within 3 s: a posting's events are relayed right after its commit. */
    private List<TopicProbe.Received> eventsSoonOn(TopicSpec topic) {
        return events.await(r -> r.topic().equals(topic.name())
                && api.tenant().equals(r.header(CloudEventHeaders.TENANT_ID)), 1, Duration.ofSeconds(3),
                Duration.ZERO);
    }

    private static TopicProbe.Received single(List<TopicProbe.Received> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** The event as a subscriber reads it, after checking it against its published schema. */
    private <T extends RcmEvent> T read(TopicProbe.Received event, Class<T> type) {
        try {
            schemas.validate(EventCatalog.of(type), EventJson.mapper().readTree(event.value()));
            return EventJson.mapper().readValue(event.value(), type);
        } catch (IOException e) {
            throw new AssertionError("Not a " + type.getSimpleName() + ": " + event.value(), e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
