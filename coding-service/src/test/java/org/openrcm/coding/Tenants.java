package org.openrcm.coding;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;

/** A fresh practice per test, registered with coding-service, so tests never see each other's rows. */
public final class Tenants {

    private Tenants() {
    }

    /** @return the new tenant's id */
    public static String register(String name) {
        String tenantId = "practice-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}").put("/admin/tenants/" + tenantId)
                .then().statusCode(201);
        return tenantId;
    }
}
