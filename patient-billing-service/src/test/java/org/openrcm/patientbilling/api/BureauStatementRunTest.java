package org.openrcm.patientbilling.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openrcm.patientbilling.Accounts.awaitAccount;
import static org.openrcm.patientbilling.Accounts.awaitBalance;
import static org.openrcm.patientbilling.Accounts.newTenant;
import static org.openrcm.patientbilling.Accounts.runStatements;
import static org.openrcm.patientbilling.Billing.owedSince;
import static org.openrcm.patientbilling.Billing.saveSettings;
import static org.openrcm.patientbilling.BillingEvents.claimCreated;
import static org.openrcm.patientbilling.EventRecords.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.CloudEventHeaders;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.EventJson;
import org.openrcm.events.Topics;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.patientbilling.AccountSentToCollections;
import org.openrcm.events.patientbilling.PatientStatementIssued;
import org.openrcm.events.patientbilling.PaymentPlanCreated;
import org.openrcm.patientbilling.BillingEvents;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Statement runs the way a bureau runs them: PDFs, dunning, holds, plans, collections, write-offs, failures. */
@QuarkusTest
class BureauStatementRunTest {

    private static final String TWO_LEVELS = """
            [{"afterDays":30,"message":"Your balance is past due."},
             {"afterDays":60,"message":"FINAL NOTICE: pay now or this goes to collections."}]""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource dataSource;

    private String tenant;
    private TopicProbe accountEvents;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        accountEvents = new TopicProbe(bootstrapServers, Topics.PATIENT_ACCOUNTS.name());
    }

    @AfterEach
    void closeProbe() {
        accountEvents.close();
    }

    @Test
    void aStatementIsAReadablePdfAndAPrintFileDatedInThePracticesTimeZone() throws IOException {
        saveSettings(tenant, "Pacific/Kiritimati", TWO_LEVELS, "0.01", "0.00");
        String accountId = owing("P-1", "25.00", 5);

        JsonPath run = runStatements(tenant);

        assertThat(run.getInt("statementsIssued")).isEqualTo(1);
        String statementId = given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/statements")
                .then().statusCode(200).extract().path("[0].statementId");
        byte[] pdf = given().header("X-Tenant-Id", tenant).get("/statements/" + statementId + ".pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        assertThat(text).contains("Sunrise Family Medicine", "Amount due: $25.00", "clm-P-1",
                "pay.sunrise.example", "Jane Doe", "12 Birch Lane",
                "Statement date: " + today.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        JsonPath print = given().header("X-Tenant-Id", tenant).get("/statements/" + statementId + "/print-file")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(print.getString("statementDate")).isEqualTo(today.toString());
        assertThat(print.getString("dueDate")).isEqualTo(today.plusDays(30).toString());
        assertThat(print.getString("amountDue")).isEqualTo("25.00");
        assertThat(print.getString("openItems[0].insurancePaid")).isEqualTo("98.12");
        assertThat(print.getString("aging.current")).isEqualTo("25.00");
        assertThat(print.getInt("dunningLevel")).isZero();
        given().header("X-Tenant-Id", newTenant()).get("/statements/" + statementId + ".pdf").then()
                .statusCode(404);
    }

    @Test
    void dunningEscalatesAndAfterTheFinalNoticeTheAccountGoesToCollectionsWithAnAgencyFile() throws Exception {
        saveSettings(tenant, "UTC", TWO_LEVELS, "0.01", "0.00");
        String accountId = owing("P-1", "80.00", 65);

        JsonPath first = runStatements(tenant);

        assertThat(first.getInt("statementsIssued")).isEqualTo(1);
        PatientStatementIssued notice = EventJson.mapper().readValue(events(EventCatalog.PATIENT_STATEMENT_ISSUED,
                1).get(0).value(), PatientStatementIssued.class);
        assertThat(text(pdf(notice.statementId()))).contains("FINAL NOTICE");

        // aging now runs from the first statement: 61 days after it the account is still at the final level
        backdateLastStatement(accountId, 61);
        JsonPath second = runStatements(tenant);

        assertThat(second.getInt("statementsIssued")).isZero();
        assertThat(second.getList("sentToCollections")).containsExactly(accountId);
        Path file = Path.of(second.getString("collectionsFile"));
        List<String> rows = Files.readAllLines(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith(tenant + "," + accountId + ",P-1,Jane,Doe,12 Birch Lane").contains(",80.00,");
        AccountSentToCollections sent = EventJson.mapper().readValue(
                events(EventCatalog.ACCOUNT_SENT_TO_COLLECTIONS, 1).get(0).value(), AccountSentToCollections.class);
        assertThat(sent.agencyId()).isEqualTo("acme-collections");
        assertThat(sent.balance()).isEqualByComparingTo("80.00");
        assertThat(awaitAccount(tenant, "P-1", account -> true).getString("accountId")).isEqualTo(accountId);

        backdateLastStatement(accountId, 31);
        assertThat(runStatements(tenant).getInt("statementsIssued")).as("the agency collects now").isZero();
        given().header("X-Tenant-Id", tenant).header("Idempotency-Key", "agency-1").contentType(ContentType.JSON)
                .body("{\"method\":\"AGENCY\",\"amount\":\"50.00\",\"reference\":\"acme-remit-7\"}")
                .post("/accounts/" + accountId + "/payments").then().statusCode(201);
        given().header("X-Tenant-Id", tenant).post("/accounts/" + accountId + "/collections/recall").then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("dunningLevel", equalTo(0));
        awaitBalance(tenant, "P-1", "30.00");
        // 92 days since the first statement
        given().header("X-Tenant-Id", tenant).get("/reports/patient-ar").then().statusCode(200)
                .body("accountsInCollections", equalTo(0)).body("totalOwed", equalTo("30.00"))
                .body("aging.days91To120", equalTo("30.00"));
    }

    @Test
    void aHoldOrAKeptPaymentPlanKeepsAnOldBalanceOutOfDunning() throws Exception {
        saveSettings(tenant, "UTC", TWO_LEVELS, "0.01", "0.00");
        String disputed = owing("P-1", "80.00", 65);
        String onPlan = owing("P-2", "90.00", 65);
        given().header("X-Tenant-Id", tenant).header("X-User", "ann").contentType(ContentType.JSON)
                .body("{\"note\":\"says the visit was covered\"}").put("/accounts/" + disputed + "/holds/DISPUTE")
                .then().statusCode(200).body("kind", equalTo("DISPUTE")).body("setBy", equalTo("ann"));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"totalAmount\":\"90.00\",\"installmentAmount\":\"30.00\",\"frequency\":\"MONTHLY\","
                        + "\"firstDueDate\":\"" + LocalDate.now(ZoneId.of("UTC")).plusDays(10) + "\",\"autopay\":true}")
                .post("/accounts/" + onPlan + "/payment-plans").then().statusCode(201)
                .body("installments", equalTo(3)).body("status", equalTo("ACTIVE"));

        runStatements(tenant);

        List<TopicProbe.Received> issued = events(EventCatalog.PATIENT_STATEMENT_ISSUED, 2);
        assertThat(issued).hasSize(2);
        for (TopicProbe.Received record : issued) {
            String statementId = EventJson.mapper().readValue(record.value(), PatientStatementIssued.class)
                    .statementId();
            assertThat(given().header("X-Tenant-Id", tenant).get("/statements/" + statementId + "/print-file")
                    .then().extract().jsonPath().getInt("dunningLevel")).isZero();
            assertThat(text(pdf(statementId))).doesNotContain("FINAL NOTICE", "past due");
        }
        PaymentPlanCreated plan = EventJson.mapper().readValue(events(EventCatalog.PAYMENT_PLAN_CREATED, 1).get(0)
                .value(), PaymentPlanCreated.class);
        assertThat(plan.accountId()).isEqualTo(onPlan);
        assertThat(plan.installmentAmount()).isEqualByComparingTo("30.00");
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"totalAmount\":\"10.00\",\"installmentAmount\":\"5.00\",\"frequency\":\"MONTHLY\","
                        + "\"firstDueDate\":\"" + LocalDate.now(ZoneId.of("UTC")).plusDays(10) + "\"}")
                .post("/accounts/" + onPlan + "/payment-plans").then().statusCode(409);

        given().header("X-Tenant-Id", tenant).header("X-User", "ann").delete("/accounts/" + disputed
                + "/holds/DISPUTE").then().statusCode(200).body("clearedBy", equalTo("ann"));
        backdateLastStatement(disputed, 61);
        runStatements(tenant);
        String next = EventJson.mapper().readValue(events(EventCatalog.PATIENT_STATEMENT_ISSUED, 3).get(2).value(),
                PatientStatementIssued.class).statementId();
        assertThat(text(pdf(next))).contains("FINAL NOTICE");
    }

    @Test
    void smallBalancesAreWrittenOffAuditedAndBalancesUnderTheMinimumWait() {
        saveSettings(tenant, "UTC", "[]", "10.00", "2.50");
        String small = owing("P-1", "2.50", 5);
        owing("P-2", "7.00", 5);
        owing("P-3", "12.00", 5);

        JsonPath run = runStatements(tenant);

        assertThat(run.getInt("statementsIssued")).isEqualTo(1);
        assertThat(run.getInt("writtenOff")).isEqualTo(1);
        assertThat(run.getString("writtenOffAmount")).isEqualTo("2.50");
        assertThat(run.getInt("belowMinimum")).isEqualTo(1);
        JsonPath account = awaitBalance(tenant, "P-1", "0.00");
        assertThat(account.getString("accountId")).isEqualTo(small);
        assertThat(account.getString("items[1].kind")).isEqualTo("ADJUSTMENT");
        assertThat(account.getString("items[1].reason")).isEqualTo("SMALL_BALANCE");
        assertThat(account.getString("items[1].actor")).isEqualTo("statement-run");
    }

    @Test
    void oneFailingAccountIsReportedAndTheOthersAreBilled() throws SQLException {
        String broken = owing("P-1", "20.00", 5);
        owing("P-2", "30.00", 5);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement corrupt = connection.prepareStatement(
                        "UPDATE patient_account SET balance = balance + 1 WHERE id = ?")) {
            corrupt.setObject(1, UUID.fromString(broken));
            corrupt.executeUpdate();
        }

        JsonPath run = runStatements(tenant);

        assertThat(run.getInt("statementsIssued")).isEqualTo(1);
        assertThat(run.getString("totalBalanceDue")).isEqualTo("30.00");
        assertThat(run.getList("failures.accountId")).containsExactly(broken);
        assertThat(run.getString("failures[0].reason")).startsWith("IllegalStateException, reference ");
    }

    @Test
    void aClaimWithInsurancePendingIsNotBilledButASelfPayClaimIs() {
        publish(accountEvents, claimCreated(tenant, "clm-ins", "P-1", "170.40"));
        ClaimCreated template = claimCreated(tenant, "clm-self", "P-2", "95.00");
        publish(accountEvents, new ClaimCreated(tenant, "clm-self", "enc-self", template.patient(),
                new Coverage("SELF", "Self-pay", "-", null, "18", "09"), template.billingProviderNpi(),
                template.renderingProviderNpi(), template.dateOfService(), template.placeOfService(),
                template.diagnosisCodes(), template.lines(), template.totalCharge(), template.createdAt()));
        awaitAccount(tenant, "P-1", account -> account.get("guarantor") != null);
        awaitBalance(tenant, "P-2", "95.00");

        JsonPath run = runStatements(tenant);

        assertThat(run.getInt("statementsIssued")).isEqualTo(1);
        assertThat(run.getString("totalBalanceDue")).isEqualTo("95.00");
        assertThat(awaitBalance(tenant, "P-1", "0.00").getList("items")).isEmpty();
    }

    @Test
    void aGuarantorOtherThanThePatientGetsTheStatementAndLaterClaimsDoNotReplaceThem() throws IOException {
        String accountId = owing("P-1", "25.00", 5);
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("""
                {"firstName":"Maria","lastName":"Doe","relationship":"PARENT","mailingAddress":
                 {"line1":"9 Oak Court","city":"Peoria","state":"IL","postalCode":"61602"}}""")
                .put("/accounts/" + accountId + "/guarantor").then().statusCode(200);
        publish(accountEvents, claimCreated(tenant, "clm-later", "P-1", "50.00", BillingEvents.NEW_HOME,
                java.time.Instant.now()));
        org.awaitility.Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

        runStatements(tenant);

        String statementId = given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/statements")
                .then().extract().path("[0].statementId");
        assertThat(text(pdf(statementId))).contains("Maria Doe", "9 Oak Court").doesNotContain("Lake Shore");
    }

    @Test
    void oneStatementGoesToAGuarantorForEveryPatientTheyAnswerFor() throws IOException {
        String first = owing("P-1", "25.00", 5);
        String second = owing("P-2", "40.00", 12);
        String alone = owing("P-3", "30.00", 5);
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("""
                {"firstName":"Maria","lastName":"Doe","relationship":"PARENT","mailingAddress":
                 {"line1":"9 Oak Court","city":"Peoria","state":"IL","postalCode":"61602"}}""")
                .put("/accounts/" + first + "/guarantor").then().statusCode(200);
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"guarantorAccountId\":\"" + first + "\",\"relationship\":\"PARENT\"}")
                .put("/accounts/" + second + "/guarantor-account").then().statusCode(200)
                .body("guarantorAccountId", equalTo(first)).body("guarantor.firstName", equalTo("Maria"));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                .body("{\"guarantorAccountId\":\"" + second + "\",\"relationship\":\"PARENT\"}")
                .put("/accounts/" + first + "/guarantor-account").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.org/problems/guarantor-of-others"));

        JsonPath run = runStatements(tenant);

        assertThat(run.getInt("statementsIssued")).isEqualTo(2);
        assertThat(run.getString("totalBalanceDue")).isEqualTo("95.00");
        String household = given().header("X-Tenant-Id", tenant).get("/accounts/" + second + "/statements").then()
                .statusCode(200).extract().path("[0].statementId");
        assertThat(given().header("X-Tenant-Id", tenant).get("/accounts/" + first + "/statements").then()
                .extract().jsonPath().getList("statementId")).containsExactly(household);
        JsonPath print = given().header("X-Tenant-Id", tenant).get("/statements/" + household + "/print-file")
                .then().statusCode(200).extract().jsonPath();
        assertThat(print.getString("amountDue")).isEqualTo("65.00");
        assertThat(print.getString("accountId")).isEqualTo(first);
        assertThat(print.getList("openItems.patientId")).containsExactlyInAnyOrder("P-1", "P-2");
        assertThat(print.getString("guarantor.firstName")).isEqualTo("Maria");
        assertThat(text(pdf(household))).contains("Maria Doe", "9 Oak Court", "clm-P-1", "patient P-1",
                "clm-P-2", "patient P-2", "Amount due: $65.00").doesNotContain("clm-P-3");
        String own = given().header("X-Tenant-Id", tenant).get("/accounts/" + alone + "/statements").then()
                .extract().path("[0].statementId");
        assertThat(own).isNotEqualTo(household);
        assertThat(awaitBalance(tenant, "P-2", "40.00").getString("lastStatementDate"))
                .isEqualTo(LocalDate.now(ZoneId.of("UTC")).toString());
        assertThat(runStatements(tenant).getInt("statementsIssued")).as("billed today, nothing new").isZero();
    }

    @Test
    void agingRunsFromTheFirstStatementDateAndFromTheResponsibilityDateUntilOneWasSent() throws Exception {
        saveSettings(tenant, "UTC", TWO_LEVELS, "0.01", "0.00");
        String accountId = owing("P-1", "80.00", 45);
        given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/view").then().statusCode(200)
                .body("aging.days31To60", equalTo("80.00"));

        runStatements(tenant);

        given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/view").then().statusCode(200)
                .body("aging.current", equalTo("80.00")).body("aging.days31To60", equalTo("0.00"));
        backdateLastStatement(accountId, 95);
        given().header("X-Tenant-Id", tenant).get("/accounts/" + accountId + "/view").then()
                .body("aging.days91To120", equalTo("80.00"));
        given().header("X-Tenant-Id", tenant).get("/reports/patient-ar").then()
                .body("aging.days91To120", equalTo("80.00")).body("totalOwed", equalTo("80.00"));
    }

    @Test
    void theKpisShowStatementToPaymentTimeCollectionRateAndPlanCompliance() throws Exception {
        saveSettings(tenant, "UTC", "[]", "0.01", "0.00");
        String paying = owing("P-1", "100.00", 5);
        String onPlan = owing("P-2", "50.00", 5);
        runStatements(tenant);
        backdateLastStatement(paying, 3);
        given().header("X-Tenant-Id", tenant).header("Idempotency-Key", "kpi-1").contentType(ContentType.JSON)
                .body("{\"method\":\"CASH\",\"amount\":\"40.00\"}").post("/accounts/" + paying + "/payments")
                .then().statusCode(201);
        String firstDue = LocalDate.now(ZoneId.of("UTC")).plusDays(10).toString();
        for (String accountId : List.of(paying, onPlan)) {
            given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON)
                    .body("{\"totalAmount\":\"50.00\",\"installmentAmount\":\"25.00\",\"frequency\":\"MONTHLY\","
                            + "\"firstDueDate\":\"" + firstDue + "\",\"autopay\":false}")
                    .post("/accounts/" + accountId + "/payment-plans").then().statusCode(201);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement missed = connection.prepareStatement("UPDATE payment_plan SET first_due_date ="
                        + " first_due_date - 20 WHERE account_id = ?")) {
            missed.setObject(1, UUID.fromString(paying));
            assertThat(missed.executeUpdate()).isEqualTo(1);
        }
        backdateLastStatement(onPlan, 1);
        runStatements(tenant);

        given().header("X-Tenant-Id", tenant).get("/reports/patient-ar").then().statusCode(200)
                .body("patientCharges", equalTo("150.00")).body("patientPayments", equalTo("40.00"))
                .body("collectionRate", equalTo("0.2667")).body("averageDaysStatementToPayment", equalTo("3.0"))
                .body("plansActive", equalTo(1)).body("plansBroken", equalTo(1))
                .body("planCompliance", equalTo("0.5000")).body("totalOwed", equalTo("110.00"));
    }

    private String owing(String patientId, String amount, int daysAgo) {
        publish(accountEvents, claimCreated(tenant, "clm-" + patientId, patientId, "170.40"));
        publish(accountEvents, owedSince(tenant, "clm-" + patientId, patientId, amount, daysAgo));
        return awaitAccount(tenant, patientId, account -> amount.equals(account.getString("balance"))
                && account.get("guarantor") != null).getString("accountId");
    }

    /** Moves the account's statements into the past, as if the next run came {@code days} later. */
    private void backdateLastStatement(String accountId, int days) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement account = connection.prepareStatement(
                        "UPDATE patient_account SET last_statement_date = last_statement_date - ? WHERE id = ?");
                PreparedStatement statements = connection.prepareStatement("UPDATE statement SET statement_date ="
                        + " statement_date - ?, issued_at = issued_at - make_interval(days => ?)"
                        + " WHERE covered_accounts @> ARRAY[CAST(? AS uuid)]")) {
            account.setInt(1, days);
            account.setObject(2, UUID.fromString(accountId));
            assertThat(account.executeUpdate()).isEqualTo(1);
            statements.setInt(1, days);
            statements.setInt(2, days);
            statements.setString(3, accountId);
            assertThat(statements.executeUpdate()).isPositive();
        }
    }

    private byte[] pdf(String statementId) {
        return given().header("X-Tenant-Id", tenant).get("/statements/" + statementId + ".pdf").then()
                .statusCode(200).extract().asByteArray();
    }

    private List<TopicProbe.Received> events(EventCatalog type, int expected) {
        return accountEvents.await(record -> tenant.equals(record.header(CloudEventHeaders.TENANT_ID))
                && type.ceType().equals(record.header(CloudEventHeaders.TYPE)), expected, Duration.ofSeconds(30),
                Duration.ofSeconds(1));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
