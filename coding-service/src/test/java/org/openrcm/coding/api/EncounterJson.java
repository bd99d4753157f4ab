package org.openrcm.coding.api;

/** Request bodies for the encounter API tests. */
final class EncounterJson {

    private EncounterJson() {
    }

    static String encounter(String externalId) {
        return encounter(externalId, "99213", "E119");
    }

    static String encounter(String externalId, String procedureCode, String diagnosis) {
        return """
                {"externalId":"%s",
                 "patient":{"patientId":"P-100","firstName":"Ann","lastName":"Lee","birthDate":"1980-02-03","sex":"F",
                            "address":{"line1":"1 Main St","city":"Springfield","state":"IL","postalCode":"62701"}},
                 "coverage":{"payerId":"BCBS01","payerName":"Blue Cross","memberId":"XYZ123","groupNumber":"G1",
                             "relationshipCode":"18","claimFilingIndicator":"CI"},
                 "renderingProvider":{"npi":"1234567893","firstName":"Sam","lastName":"Osler"},
                 "dateOfService":"2026-11-20","placeOfService":"11",
                 "diagnoses":["%s","I10"],
                 "procedures":[{"code":"%s","modifiers":[],"units":1,"diagnosisPointers":[1,2]}]}
                """.formatted(externalId, diagnosis, procedureCode);
    }
}
