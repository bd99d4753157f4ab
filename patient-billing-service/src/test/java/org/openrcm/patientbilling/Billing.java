package org.openrcm.patientbilling;

import static io.restassured.RestAssured.given;
import static org.openrcm.patientbilling.BillingEvents.money;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.PatientResponsibilityDetermined;

import io.restassured.http.ContentType;

/** REST steps for billing settings, and events dated relative to now (aging and dunning count real days). */
public final class Billing {

    private Billing() {
    }

    /** Saves the tenant's billing settings: the given dunning levels (JSON array) and thresholds, UTC. */
    public static void saveSettings(String tenant, String timeZone, String dunningLevels, String minimumBalance,
            String writeOffThreshold) {
        given().contentType(ContentType.JSON).body("""
                {"timeZone":"%s","cycleDay":1,"dueDays":30,"minimumBalance":"%s","writeOffThreshold":"%s",
                 "dunningLevels":%s,"practiceName":"Sunrise Family Medicine","practicePhone":"(217) 555-0147",
                 "practiceAddress":{"line1":"200 Main St","city":"Springfield","state":"IL","postalCode":"62701"},
                 "howToPay":"Pay at pay.sunrise.example or mail a check.","collectionAgency":"acme-collections"}
                """.formatted(timeZone, minimumBalance, writeOffThreshold, dunningLevels))
                .put("/tenants/" + tenant + "/billing-settings").then().statusCode(200);
    }

    /** What the patient owes for a claim, as determined {@code daysAgo} days ago. */
    public static PatientResponsibilityDetermined owedSince(String tenant, String claimId, String patientId,
            String amount, int daysAgo) {
        return new PatientResponsibilityDetermined(tenant, claimId, patientId, "rem-" + claimId, "60054",
                BillingEvents.DATE_OF_SERVICE, money("170.40"), money("98.12"), money(amount),
                List.of(new Adjustment("PR", "2", money(amount))), Instant.now().minus(Duration.ofDays(daysAgo)));
    }
}
