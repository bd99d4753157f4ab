package org.openrcm.payments.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.patientbilling.PatientPaymentReceived;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.payments.ClaimEvents;
import org.openrcm.payments.PaymentsApi;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PatientAccountEventsConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PaymentsApi api;
    private TopicProbe accounts;
    private TopicProbe claims;
    private TopicProbe claimPayments;
    private TopicProbe deadLetters;

    @BeforeEach
    void openProbes() {
        api = PaymentsApi.newTenant();
        accounts = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name());
        claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
        claimPayments = new TopicProbe(bootstrapServers, Topics.CLAIM_PAYMENTS.name());
        deadLetters = new TopicProbe(bootstrapServers, Topics.PAYMENTS_DLQ.name());
    }

    @AfterEach
    void closeProbes() {
        accounts.close();
        claims.close();
        claimPayments.close();
        deadLetters.close();
    }

    @Test
    void aPatientPaymentTowardsAClaimPostsToItsLedgerOnceAndIsAnnounced() {
        String claimId = "clm-" + UUID.randomUUID().toString().substring(0, 8);
        ClaimEvents.send(claims, ClaimEvents.submitted(api.tenant(), claimId, "pat-7", "250.00"));
        api.awaitClaim(claimId);
        PatientPaymentReceived payment = payment("pp-" + UUID.randomUUID(), "pat-7", claimId, "40.00");

        String eventId = send(payment);

        PatientPaymentPosted posted = posted(payment.paymentId(), 1).get(0);
        assertThat(posted.amount()).isEqualByComparingTo("40.00");
        assertThat(posted.claimId()).isEqualTo(claimId);
        assertThat(posted.patientId()).isEqualTo("pat-7");
        api.ledger(claimId).statusCode(200).body("entries.type", contains("PATIENT_PAYMENT"))
                .body("entries[0].amount", equalTo("40.00")).body("entries[0].claimPaymentId", nullValue())
                .body("balance.patientPaid", equalTo("40.00")).body("balance.balance", equalTo("210.00"));

        // A redelivery, and the same payment again under another event id: neither posts it again.
        double duplicates = PaymentsApi.inboundDuplicates(PatientAccountEventsConsumer.CONSUMER);
        send(payment, eventId);
        PaymentsApi.awaitInboundDuplicates(PatientAccountEventsConsumer.CONSUMER, duplicates + 1);
        send(payment);

        assertThat(posted(payment.paymentId(), 2)).hasSize(1);
        api.ledger(claimId).body("entries.type", contains("PATIENT_PAYMENT"))
                .body("balance.patientPaid", equalTo("40.00"));
    }

    @Test
    void aPatientPaymentWithoutAClaimPostsToThePatientsAccount() {
        PatientPaymentReceived payment = payment("pp-" + UUID.randomUUID(), "pat-" + UUID.randomUUID(), null,
                "15.50");

        send(payment);

        assertThat(posted(payment.paymentId(), 1).get(0).claimId()).isNull();
        api.get("/patients/" + payment.patientId() + "/ledger").statusCode(200)
                .body("entries.type", contains("PATIENT_PAYMENT")).body("balance.patientPaid", equalTo("15.50"))
                .body("balance.balance", equalTo("-15.50"));
    }

    @Test
    void zeroNegativeAndFractionalPaymentsAndUnknownClaimsGoToTheDeadLetterTopicAndTheNextIsPosted() {
        String patient = "pat-" + UUID.randomUUID();
        List<PatientPaymentReceived> bad = List.of(payment("pp-zero-" + UUID.randomUUID(), patient, null, "0.00"),
                payment("pp-neg-" + UUID.randomUUID(), patient, null, "-5.00"),
                payment("pp-frac-" + UUID.randomUUID(), patient, null, "1.005"),
                payment("pp-claim-" + UUID.randomUUID(), patient, "no-such-claim", "5.00"));
        bad.forEach(this::send);
        PatientPaymentReceived good = payment("pp-" + UUID.randomUUID(), patient, null, "5.00");
        send(good);

        List<TopicProbe.Received> dead = deadLetters.await(record -> patient.equals(accountOf(record)), 4, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(dead).extracting(record -> record.header("dead-letter-reason")).satisfiesExactlyInAnyOrder(
                reason -> assertThat(reason).contains("has amount 0.00: a payment must be more than 0"),
                reason -> assertThat(reason).contains("has amount -5.00: a payment must be more than 0"),
                reason -> assertThat(reason).contains("breaks the schema").contains("amount"),
                reason -> assertThat(reason).contains("names claim no-such-claim, which tenant " + api.tenant()
                        + " does not have"));
        assertThat(posted(good.paymentId(), 1)).hasSize(1);
        api.get("/patients/" + patient + "/ledger").statusCode(200).body("entries.amount", contains("5.00"));
    }

    private PatientPaymentReceived payment(String paymentId, String patientId, String claimId, String amount) {
        return new PatientPaymentReceived(api.tenant(), paymentId, "acct-" + patientId, patientId, claimId,
                new BigDecimal(amount), "CARD", "auth-123", Instant.parse("2026-12-01T10:00:00Z"));
    }

    private String send(PatientPaymentReceived payment) {
        String eventId = UUID.randomUUID().toString();
        send(payment, eventId);
        return eventId;
    }

    private void send(PatientPaymentReceived payment, String eventId) {
        Map<String, String> headers = ClaimEvents.headers(eventId, EventCatalog.PATIENT_PAYMENT_RECEIVED,
                payment.tenantId(), payment.accountId());
        headers.put(CloudEventHeaders.SOURCE, "/openrcm/patient-billing-service");
        accounts.send(Topics.PATIENT_ACCOUNTS.name(), payment.accountId(), headers, ClaimEvents.json(payment));
    }

    /** This tenant's PatientPaymentPosted for the payment, once {@code expected} arrived (or 30 s), plus 2 s. */
    private List<PatientPaymentPosted> posted(String paymentId, int expected) {
        String type = EventCatalog.PATIENT_PAYMENT_POSTED.ceType();
        return claimPayments.await(record -> type.equals(record.header(CloudEventHeaders.TYPE))
                && api.tenant().equals(record.header(CloudEventHeaders.TENANT_ID))
                && record.value().contains("\"" + paymentId + "\""), expected, TIMEOUT, Duration.ofSeconds(2))
                .stream().map(record -> read(record.value())).toList();
    }

    private static String accountOf(TopicProbe.Received record) {
        return record.key() == null ? null : record.key().substring("acct-".length());
    }

    private static PatientPaymentPosted read(String json) {
        try {
            return EventJson.mapper().readValue(json, PatientPaymentPosted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
