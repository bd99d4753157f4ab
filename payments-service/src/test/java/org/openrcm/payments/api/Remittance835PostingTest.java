package org.openrcm.payments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.openrcm.events.Topics;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.payments.ClaimCorrectionRequested;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.events.payments.PaymentReversed;
import org.openrcm.events.payments.RemittanceCode;
import org.openrcm.payments.ClaimEvents;
import org.openrcm.payments.Fixtures835;
import org.openrcm.payments.PaymentsApi;
import org.openrcm.plumbing.inbound.EventSchemaValidator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Hand-built 835 files (src/test/resources/x12) posted through the real service, real Kafka and PostgreSQL: one
 * test per real-world case.
 */
@QuarkusTest
class Remittance835PostingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EventSchemaValidator schemas;

    private PaymentsApi api;
    private TopicProbe events;
    private TopicProbe claims;
    private String prefix;

    @BeforeEach
    void registerTenant() {
        api = PaymentsApi.newTenant();
        events = new TopicProbe(bootstrapServers, Topics.CLAIM_PAYMENTS.name());
        claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
        prefix = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
    }

    @AfterEach
    void closeProbes() {
        events.close();
        claims.close();
    }

    @Test
    void paidClaimPostsLineByLineThoughThePayerReorderedTheModifiersAndEveryEntryNamesItsSegment() {
        String claimId = claim("A", "250.00", ClaimEvents.line(1, "99214", "200.00", "25", "59"),
                ClaimEvents.line(2, "87880", "50.00"));

        JsonPath file = post("835-paid.x12").statusCode(201).body("duplicate", equalTo(false))
                .body("transactionSets.outcome", contains("POSTED")).body("issues", org.hamcrest.Matchers.empty())
                .extract().jsonPath();
        assertThat(file.getString("sha256")).hasSize(64);
        assertThat(file.getString("remittances[0].claims[0].status")).isEqualTo("POSTED");
        assertThat(file.getList("remittances[0].claims[0].lines.claimLineNumber")).containsExactly(1, 2);
        assertThat(file.getString("remittances[0].transactionSetControlNumber")).isEqualTo("0001");

        JsonPath ledger = api.ledger(claimId).statusCode(200).extract().jsonPath();
        assertThat(ledger.getString("balance.insurancePaid")).isEqualTo("160.00");
        assertThat(ledger.getString("balance.contractualAdjustments")).isEqualTo("50.00");
        assertThat(ledger.getString("balance.patientResponsibility")).isEqualTo("40.00");
        assertThat(ledger.getString("balance.insuranceBalance")).isEqualTo("0.00");
        assertThat(ledger.getList("entries.source", String.class)).containsExactly(
                "API 835 ISA13 000000101 ST02 0001 TRN CHK10001 SVC@17",
                "API 835 ISA13 000000101 ST02 0001 TRN CHK10001 CAS@19",
                "API 835 ISA13 000000101 ST02 0001 TRN CHK10001 CAS@20",
                "API 835 ISA13 000000101 ST02 0001 TRN CHK10001 SVC@22",
                "API 835 ISA13 000000101 ST02 0001 TRN CHK10001 CAS@24",
                "API 835 ISA13 000000101 ST02 0001 TRN CHK10001 CAS@25");
        assertThat(ledger.getList("entries.serviceLineNumber")).containsExactly(1, 1, 1, 2, 2, 2);
        assertThat(ledger.getString("entries[1].description")).startsWith("Charge exceeds fee schedule");
        api.get("/claims/" + claimId + "/lines/2/ledger").statusCode(200).body("balance.chargeAmount",
                equalTo("50.00")).body("balance.insurancePaid", equalTo("30.00"))
                .body("balance.patientResponsibility", equalTo("10.00"));
        api.get("/claims/" + claimId + "/ledger?asOf=2020-01-01T00:00:00Z").statusCode(200)
                .body("entries.size()", equalTo(0)).body("balance.insuranceBalance", equalTo("250.00"));
        api.get("/claims/" + claimId + "/ledger?asOf=yesterday").statusCode(400)
                .contentType("application/problem+json");
        api.get("/patients/pat-" + claimId + "/ledger").statusCode(200)
                .body("balance.patientResponsibility", equalTo("40.00"));
        api.get("/payers/ACME01/ledger").statusCode(200).body("balance.insurancePaid", equalTo("160.00"));

        PaymentPosted posted = single(PaymentPosted.class, claimId);
        assertThat(posted.codes()).contains(new RemittanceCode(RemittanceCode.RARC, "N130",
                "Consult plan benefit documents/guidelines for information about restrictions for this service"),
                new RemittanceCode(RemittanceCode.CARC, "2", "Coinsurance amount"));
        PatientResponsibilityDeterminedV2 owed = single(PatientResponsibilityDeterminedV2.class, claimId);
        assertThat(owed.amount()).isEqualByComparingTo("40.00");
        assertThat(owed.reason()).isEqualTo(PatientResponsibilityDeterminedV2.ORIGINAL);
    }

    @Test
    void theSameEraNeverPostsTwiceAndTheSameTraceWithOtherContentIsHeldWithTheDifference() {
        String claimId = claim("A", "250.00");
        String first = post("835-paid.x12").statusCode(201).extract().path("remittances[0].remittanceId");

        post("835-paid.x12").statusCode(200).body("duplicate", equalTo(true))
                .body("remittances[0].remittanceId", equalTo(first));
        post("835-paid-other-envelope.x12").statusCode(201)
                .body("transactionSets[0].outcome", equalTo("DUPLICATE"))
                .body("transactionSets[0].remittanceId", equalTo(first))
                .body("transactionSets[0].controlNumber", equalTo("4711"));
        JsonPath held = post("835-paid-same-trace-other-content.x12").statusCode(201)
                .body("transactionSets[0].outcome", equalTo("HELD")).extract().jsonPath();

        String heldId = held.getString("remittances[0].remittanceId");
        api.get("/remittances?status=HELD").statusCode(200).body("remittanceId", contains(heldId))
                .body("[0].holdKind", equalTo("TRACE_CONFLICT")).body("[0].conflictsWith", equalTo(first))
                .body("[0].holdReason", containsString("amount: 160.00 -> 150.00"))
                .body("[0].holdReason", containsString("line 1 adjustment 1: CO-45 40.00 -> CO-45 50.00"))
                .body("[0].claims.status", contains("HELD_REVIEW"));
        api.ledger(claimId).body("balance.insurancePaid", equalTo("160.00")).body("entries.size()", equalTo(6));
        assertThat(eventsOf(PaymentPosted.class, claimId, 1)).hasSize(1);
        api.get("/remittances?status=NOPE").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnbalancedSetIsHeldWithTheExactDiscrepancyWhileTheOtherSetsOfTheFilePostAndItPostsOnRelease() {
        String b = claim("B", "120.00");
        String c = claim("C", "100.00");
        String d = claim("D", "90.00");

        JsonPath file = post("835-three-sets-one-unbalanced.x12").statusCode(201)
                .body("transactionSets.outcome", contains("POSTED", "HELD", "POSTED"))
                .body("transactionSets[1].reason", equalTo("payment amount 90.00 is not the sum of the claims' paid"
                        + " amounts 80.00 (difference 10.00)"))
                .extract().jsonPath();
        assertThat(file.getString("remittances[2].payeeId")).isEqualTo("1497758544");
        assertThat(file.getString("remittances[2].interchangeControlNumber")).isEqualTo("000000402");
        api.ledger(b).body("balance.insurancePaid", equalTo("100.00"));
        api.ledger(c).body("entries.size()", equalTo(0));
        api.ledger(d).body("balance.patientResponsibility", equalTo("20.00"));

        String heldId = file.getString("remittances[1].remittanceId");
        api.post("/remittances/" + heldId + "/release", "{\"note\":\"payer confirmed the 10.00 is a bank fee\"}")
                .statusCode(200).body("status", equalTo("PROCESSED")).body("releasedBy", equalTo("poster-1"))
                .body("claims.status", contains("POSTED"));
        api.ledger(c).body("balance.insurancePaid", equalTo("80.00"));
        api.post("/remittances/" + heldId + "/release", "{}").statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aReversalTakesBackExactlyWhatWasPostedTheCorrectionPostsAndTheSecondaryPaysDownThePatientsShare() {
        String claimId = claim("A", "250.00", ClaimEvents.line(1, "99214", "200.00", "25", "59"),
                ClaimEvents.line(2, "87880", "50.00"));
        post("835-paid.x12").statusCode(201);

        post("835-reversal-and-correction.x12").statusCode(201).body("transactionSets[0].outcome",
                equalTo("POSTED")).body("remittances[0].claims.status", contains("POSTED", "POSTED"));
        JsonPath ledger = api.ledger(claimId).extract().jsonPath();
        assertThat(ledger.getList("entries.amount", String.class)).containsExactly(
                "130.00", "40.00", "30.00", "30.00", "10.00", "10.00",
                "-130.00", "-40.00", "-30.00", "-30.00", "-10.00", "-10.00",
                "140.00", "40.00", "20.00", "30.00", "10.00", "10.00");
        assertThat(ledger.getList("entries.reversesEntryId").subList(6, 12)).doesNotContainNull();
        assertThat(ledger.getString("balance.insurancePaid")).isEqualTo("170.00");
        assertThat(ledger.getString("balance.patientResponsibility")).isEqualTo("30.00");
        PaymentReversed reversed = single(PaymentReversed.class, claimId);
        assertThat(reversed.paidAmount()).isEqualByComparingTo("160.00");

        post("835-secondary.x12").statusCode(201).body("remittances[0].claims.status", contains("POSTED"));
        api.ledger(claimId).body("balance.insurancePaid", equalTo("195.00"))
                .body("balance.patientResponsibility", equalTo("5.00"))
                .body("balance.insuranceBalance", equalTo("0.00"));
        List<PatientResponsibilityDeterminedV2> owed = eventsOf(PatientResponsibilityDeterminedV2.class, claimId, 4);
        assertThat(owed).extracting(e -> e.reason() + " " + e.previousAmount() + " -> " + e.amount() + " #"
                + e.revision()).containsExactly("ORIGINAL 0.00 -> 40.00 #1", "REVERSAL 40.00 -> 0.00 #2",
                        "CORRECTION 0.00 -> 30.00 #3", "SECONDARY 30.00 -> 5.00 #4");
    }

    @Test
    void providerLevelAdjustmentsPostToThePayeesAccountAndNoLongerHoldTheEra() {
        String claimId = claim("E", "120.00");

        post("835-plb-interest-and-recovery.x12").statusCode(201)
                .body("transactionSets[0].outcome", equalTo("POSTED"))
                .body("remittances[0].providerAdjustments.reasonCode", contains("L6", "WO"));

        api.ledger(claimId).body("balance.insurancePaid", equalTo("100.00"));
        api.get("/payees/1234567893/account").statusCode(200).body("balance", equalTo("17.50"))
                .body("adjustments.amount", contains("-2.50", "20.00"))
                .body("adjustments[1].reference", equalTo("PAYEROLD9"));
    }

    /**
     * A recovery larger than the claims paid cannot make a negative check: the payer forwards the rest (FB, negative)
     * and takes it on the next ERA (FB, positive). Both sets balance, their claims post, and the payee's account
     * carries the recovery, the forwarded balance and its settlement, never a claim.
     */
    @Test
    void aForwardBalanceCarriesARecoveryTheCheckCouldNotCoverToTheNextEraOnThePayeesAccount() {
        String first = claim("P1", "150.00");
        String second = claim("P2", "150.00");

        post("835-plb-forward-balance.x12").statusCode(201)
                .body("transactionSets.outcome", contains("POSTED", "POSTED"))
                .body("remittances.paymentAmount", contains("0.00", "70.00"))
                .body("remittances[0].providerAdjustments.reasonCode", contains("WO", "FB"))
                .body("remittances[1].providerAdjustments.reasonCode", contains("FB"));

        api.ledger(first).body("balance.insurancePaid", equalTo("120.00"))
                .body("balance.insuranceBalance", equalTo("0.00"));
        api.ledger(second).body("balance.insurancePaid", equalTo("120.00"))
                .body("balance.insuranceBalance", equalTo("0.00"));
        api.get("/payees/1234567893/account").statusCode(200).body("balance", equalTo("170.00"))
                .body("adjustments.reasonCode", contains("WO", "FB", "FB"))
                .body("adjustments.amount", contains("170.00", "-50.00", "50.00"))
                .body("adjustments.reference", contains("PAYEROLD7", "FB20261202", "FB20261202"));
    }

    @Test
    void deniedClaimsGoToTheDenialQueueWithTheirRemarksAndAreOnlyWrittenOffWhenAPosterSaysSo() {
        String f = claim("F", "200.00");
        String g = claim("G", "300.00", ClaimEvents.line(1, "99214", "200.00"), ClaimEvents.line(2, "97110",
                "100.00"));

        post("835-denials.x12").statusCode(201).body("remittances[0].claims.status", contains("DENIED", "DENIED"));

        ClaimDenied byStatus = single(ClaimDenied.class, f);
        assertThat(byStatus.remarkCodes()).containsExactly("N115");
        ClaimDenied byZeroPay = single(ClaimDenied.class, g);
        assertThat(byZeroPay.remarkCodes()).containsExactly("M76", "N425");
        assertThat(byZeroPay.codes()).contains(new RemittanceCode(RemittanceCode.CARC, "96", "Non-covered charge(s)"));
        PatientResponsibilityDeterminedV2 billed = single(PatientResponsibilityDeterminedV2.class, g);
        assertThat(billed.amount()).isEqualByComparingTo("100.00");
        assertThat(billed.reason()).isEqualTo(PatientResponsibilityDeterminedV2.DENIAL);
        api.ledger(g).body("entries.groupCode", contains("PR")).body("balance.insuranceBalance", equalTo("200.00"));
        api.ledger(f).body("balance.insuranceBalance", equalTo("200.00"));

        JsonPath queue = api.get("/denials?reasonCode=50&payerId=ACME01&status=OPEN").statusCode(200).extract()
                .jsonPath();
        assertThat(queue.getList("claimId", String.class)).containsExactlyInAnyOrder(f, g);
        // By age: both were denied just now, none a day ago.
        api.get("/denials?minAgeDays=0").statusCode(200).body("claimId", hasItems(f, g));
        api.get("/denials?minAgeDays=1").statusCode(200).body("size()", equalTo(0));
        api.get("/denials?minAgeDays=-1").statusCode(400).contentType("application/problem+json");
        String denialF = queue.getString("find { it.claimId == '" + f + "' }.claimPaymentId");
        String denialG = queue.getString("find { it.claimId == '" + g + "' }.claimPaymentId");
        api.post("/denials/" + denialF + "/write-off", "{\"reasonCode\":\"29\",\"note\":\"filed too late\"}")
                .statusCode(200).body("denialStatus", equalTo("WRITTEN_OFF"));
        api.ledger(f).body("balance.writtenOff", equalTo("200.00")).body("balance.insuranceBalance",
                equalTo("0.00"));
        api.post("/denials/" + denialG + "/resubmit", "{\"note\":\"add the diagnosis pointer\"}").statusCode(200)
                .body("denialStatus", equalTo("RESUBMITTED"));
        ClaimCorrectionRequested correction = single(ClaimCorrectionRequested.class, g);
        assertThat(correction.note()).isEqualTo("add the diagnosis pointer");
        api.post("/denials/" + denialF + "/appeal", "{}").statusCode(409);
        api.get("/denials?status=OPEN").body("claimId", org.hamcrest.Matchers.empty());
    }

    @Test
    void aClaimSplitOverTwoErasAddsUpAndAnUnknownClaimWaitsInTheUnmatchedQueueUntilMatchedOrRefunded() {
        String h = claim("H", "250.00", ClaimEvents.line(1, "99213", "150.00"), ClaimEvents.line(2, "87880",
                "100.00"));
        post("835-split-1.x12").statusCode(201);
        post("835-split-2.x12").statusCode(201);
        api.ledger(h).body("balance.insurancePaid", equalTo("180.00")).body("balance.patientResponsibility",
                equalTo("20.00")).body("balance.insuranceBalance", equalTo("0.00"));
        api.get("/claims/" + h + "/lines/2/ledger").body("balance.insurancePaid", equalTo("80.00"));
        assertThat(eventsOf(PatientResponsibilityDeterminedV2.class, h, 1)).extracting(e -> e.amount().toString())
                .containsExactly("20.00");

        String i = claim("I", "100.00");
        post("835-unmatched.x12").statusCode(201).body("remittances[0].claims.status", contains("POSTED",
                "UNMATCHED"));
        api.ledger(i).body("balance.insurancePaid", equalTo("80.00"));
        String unmatched = api.claimPayments("UNMATCHED").statusCode(200)
                .body("patientControlNumber", contains("NOSUCHCLAIM99")).extract().path("[0].claimPaymentId");
        api.post("/claim-payments/" + unmatched + "/match", "{\"claimId\":\"no-such-claim\"}").statusCode(404);
        api.post("/claim-payments/" + unmatched + "/refund", "{\"note\":\"not our patient\"}").statusCode(200)
                .body("status", equalTo("REFUND_REQUESTED"));
        api.claimPayments("UNMATCHED").body("size()", equalTo(0));
    }

    @Test
    void anUnmatchedPaymentMatchedByHandPostsOnceWithTheUsualEventsAndLeavesTheQueue() {
        claim("I", "100.00");
        post("835-unmatched.x12").statusCode(201);
        // The claim whose CLP01 the payer garbled (NOSUCHCLAIM99): a poster recognises it.
        String garbled = claim("K", "100.00");
        String unmatched = api.claimPayments("UNMATCHED").statusCode(200)
                .body("patientControlNumber", contains("NOSUCHCLAIM99")).extract().path("[0].claimPaymentId");

        api.post("/claim-payments/" + unmatched + "/match", "{\"claimId\":\"" + garbled + "\"}").statusCode(200)
                .body("status", equalTo("POSTED")).body("claimId", equalTo(garbled));

        api.claimPayments("UNMATCHED").body("size()", equalTo(0));
        api.ledger(garbled).body("balance.insurancePaid", equalTo("80.00"))
                .body("balance.contractualAdjustments", equalTo("20.00"))
                .body("balance.insuranceBalance", equalTo("0.00")).body("entries.size()", equalTo(2));
        PaymentPosted posted = single(PaymentPosted.class, garbled);
        assertThat(posted.paymentId()).isEqualTo(unmatched);
        assertThat(posted.paidAmount()).isEqualByComparingTo("80.00");
        assertThat(posted.adjustments()).extracting(a -> a.groupCode() + "-" + a.reasonCode()).containsExactly(
                "CO-45");

        // Matching it again is refused: the payment posts exactly once.
        api.post("/claim-payments/" + unmatched + "/match", "{\"claimId\":\"" + garbled + "\"}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("is POSTED"));
        assertThat(eventsOf(PaymentPosted.class, garbled, 2)).hasSize(1);
        api.ledger(garbled).body("entries.size()", equalTo(2));
    }

    @Test
    void anUnreadableFileIsRefusedWithTheReaderReasonAndAnOffGuideOneIsPostedWithItsDeviations() {
        api.postX12(Fixtures835.bytes("835-malformed.x12", prefix), "cover-letter.x12").statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("not a readable 835"));

        String claimId = claim("J", "120.00");
        post("835-off-guide.x12").statusCode(201).body("transactionSets[0].outcome", equalTo("POSTED"))
                .body("issues", hasItem(containsString("DEVIATION")))
                .body("remittances[0].deviations", everyItem(notNullValue()));
        api.ledger(claimId).body("balance.insurancePaid", equalTo("100.00"));
    }

    @Test
    void aSetWithAnAmountThatIsNotANumberIsRecordedWithWhereItBrokeWhileTheOtherSetOfTheFilePosts() {
        String b = claim("B", "120.00");
        String c = claim("C", "100.00");

        post("835-one-set-malformed.x12").statusCode(201)
                .body("transactionSets.outcome", contains("POSTED", "UNREADABLE"))
                .body("transactionSets[1].controlNumber", equalTo("0002"))
                .body("transactionSets[1].reason", containsString("ST 0002: it cannot be posted safely: "))
                .body("transactionSets[1].reason", containsString("ST 0002, segment 13 CLP04"))
                .body("transactionSets[1].reason", containsString("CLP04 is not a number"));

        api.ledger(b).body("balance.insurancePaid", equalTo("100.00"));
        api.ledger(c).body("entries.size()", equalTo(0)).body("balance.insuranceBalance", equalTo("100.00"));
    }

    @Test
    void depositsAreReassociatedWithTheirEraByTraceAndAmount() {
        claim("A", "250.00");
        post("835-paid.x12").statusCode(201);
        post("835-plb-interest-and-recovery.x12").statusCode(201);

        api.post("/deposits", "{\"bankReference\":\"BANK-1\",\"traceNumber\":\"CHK10001\",\"amount\":\"160.00\","
                + "\"depositDate\":\"2026-12-03\"}").statusCode(201).body("remittanceId", notNullValue());
        api.post("/deposits", "{\"bankReference\":\"BANK-2\",\"traceNumber\":\"EFT99999\",\"amount\":\"12.00\","
                + "\"depositDate\":\"2026-12-03\"}").statusCode(201);
        api.post("/deposits", "{\"bankReference\":\"BANK-3\",\"amount\":12.00,\"depositDate\":\"2026-12-03\"}")
                .statusCode(400).contentType("application/problem+json");

        api.get("/deposits/unmatched").statusCode(200).body("bankReference", contains("BANK-2"));
        api.get("/deposits/missing").statusCode(200).body("traceNumber", contains("EFT40001"));
    }

    private ValidatableResponse post(String fixture) {
        return api.postX12(Fixtures835.bytes(fixture, prefix), fixture);
    }

    /** A submitted claim with patient control number prefix + letter (and its lines, when given). */
    private String claim(String letter, String totalCharge, ClaimLine... lines) {
        String claimId = "clm-" + UUID.randomUUID().toString().substring(0, 8);
        if (lines.length > 0) {
            ClaimEvents.send(claims, ClaimEvents.created(api.tenant(), claimId, "pat-" + claimId, lines));
        }
        ClaimEvents.send(claims, ClaimEvents.submitted(api.tenant(), claimId, "pat-" + claimId, totalCharge,
                prefix + letter));
        api.awaitClaim(claimId);
        return claimId;
    }

    private <T extends RcmEvent> T single(Class<T> type, String claimId) {
        List<T> found = eventsOf(type, claimId, 1);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** This tenant's events of the type about the claim, once {@code expected} arrived (or 30 s), plus 2 s. */
    private <T extends RcmEvent> List<T> eventsOf(Class<T> type, String claimId, int expected) {
        EventCatalog entry = EventCatalog.of(type);
        return events.await(r -> claimId.equals(r.key()) && entry.ceType().equals(r.header(CloudEventHeaders.TYPE))
                && api.tenant().equals(r.header(CloudEventHeaders.TENANT_ID)), expected, Duration.ofSeconds(30),
                Duration.ofSeconds(2)).stream().map(r -> read(r, type)).toList();
    }

    private <T extends RcmEvent> T read(TopicProbe.Received event, Class<T> type) {
        try {
            schemas.validate(EventCatalog.of(type), EventJson.mapper().readTree(event.value()));
            return EventJson.mapper().readValue(event.value(), type);
        } catch (IOException e) {
            throw new AssertionError("Not a " + type.getSimpleName() + ": " + event.value(), e);
        }
    }
}
