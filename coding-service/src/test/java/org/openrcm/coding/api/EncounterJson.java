package org.openrcm.coding.api;

/** Request bodies for the encounter API tests. */
public final class EncounterJson {

    private EncounterJson() {
    }

    public static String encounter(String externalId) {
        return encounter(externalId, "99213", "E119");
    }

    public static String encounter(String externalId, String procedureCode, String diagnosis) {
        return encounter(externalId, "[\"" + diagnosis + "\",\"I10\"]",
                "[{\"code\":\"" + procedureCode + "\",\"modifiers\":[],\"units\":1,\"diagnosisPointers\":[1,2]}]", null);
    }

    /**
     * @param diagnoses     the diagnoses array as JSON, or null to leave it out
     * @param procedures    the procedures array as JSON, or null to leave it out
     * @param documentation the documentation object as JSON, or null to leave it out
     */
    public static String encounter(String externalId, String diagnoses, String procedures, String documentation) {
        return """
                {"externalId":"%s",
                 "patient":{"patientId":"P-100","firstName":"Ann","lastName":"Lee","birthDate":"1980-02-03","sex":"F",
                            "address":{"line1":"1 Main St","city":"Springfield","state":"IL","postalCode":"62701"}},
                 "coverage":{"payerId":"BCBS01","payerName":"Blue Cross","memberId":"XYZ123","groupNumber":"G1",
                             "relationshipCode":"18","claimFilingIndicator":"CI"},
                 "renderingProvider":{"npi":"1234567893","firstName":"Sam","lastName":"Osler"},
                 "dateOfService":"2026-11-20","placeOfService":"11"%s%s%s}
                """.formatted(externalId, diagnoses == null ? "" : ",\"diagnoses\":" + diagnoses,
                procedures == null ? "" : ",\"procedures\":" + procedures,
                documentation == null ? "" : ",\"documentation\":" + documentation);
    }
}
