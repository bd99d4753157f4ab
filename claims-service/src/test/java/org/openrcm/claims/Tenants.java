package org.openrcm.claims;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;

/** Onboards test tenants through the API: registration, billing profile, fee schedule. */
public final class Tenants {

    public static final String BILLING_NPI = "1245319599";

    private Tenants() {
    }

    /** A new tenant, registered; every test uses its own so that tests never see each other's data. */
    public static String register() {
        String tenant = "practice-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"name\":\"Sunrise Family Medicine\"}")
                .put("/admin/tenants/" + tenant).then().statusCode(201);
        return tenant;
    }

    public static String billingProfileJson(String npi) {
        return """
                {"billingProviderNpi":"%s","billingProviderName":"Sunrise Family Medicine","taxId":"123456789",
                 "address":{"line1":"1 Main St","line2":null,"city":"Springfield","state":"IL","postalCode":"627011234"}}
                """.formatted(npi);
    }

    public static void billingProfile(String tenant) {
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body(billingProfileJson(BILLING_NPI))
                .put("/billing-profile").then().statusCode(201);
    }

    /** Sets the fee schedule from code, amount pairs. */
    public static void feeSchedule(String tenant, String... codesAndAmounts) {
        Map<String, String> fees = new LinkedHashMap<>();
        for (int i = 0; i < codesAndAmounts.length; i += 2) {
            fees.put(codesAndAmounts[i], codesAndAmounts[i + 1]);
        }
        String entries = fees.entrySet().stream()
                .map(fee -> "{\"procedureCode\":\"" + fee.getKey() + "\",\"amount\":\"" + fee.getValue() + "\"}")
                .collect(Collectors.joining(","));
        given().header("X-Tenant-Id", tenant).contentType(ContentType.JSON).body("{\"entries\":[" + entries + "]}")
                .put("/fee-schedule").then().statusCode(200);
    }

    /** A tenant ready to bill: registered, with a billing profile and the given fees. */
    public static String billing(String... codesAndAmounts) {
        String tenant = register();
        billingProfile(tenant);
        feeSchedule(tenant, codesAndAmounts);
        return tenant;
    }
}
