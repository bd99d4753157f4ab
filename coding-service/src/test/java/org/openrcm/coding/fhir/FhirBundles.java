package org.openrcm.coding.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** FHIR R4 bundles for the intake tests. */
public final class FhirBundles {

    private FhirBundles() {
    }

    /** A visit with patient, coverage, practitioner, two conditions, one procedure and a note. */
    public static String visit(String externalId, String note) {
        String data = Base64.getEncoder().encodeToString(note.getBytes(StandardCharsets.UTF_8));
        return """
                {"resourceType":"Bundle","type":"collection","entry":[
                 {"resource":{"resourceType":"Encounter","status":"finished",
                   "identifier":[{"system":"urn:practice:visits","value":"%s"}],
                   "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
                   "type":[{"coding":[{"system":"https://openrcm.org/fhir/visit-type","code":"ESTABLISHED_PATIENT_OFFICE"}]}],
                   "period":{"start":"2026-11-20T09:30:00Z"},
                   "length":{"value":25,"unit":"min","system":"http://unitsofmeasure.org","code":"min"}}},
                 {"resource":{"resourceType":"Patient","identifier":[{"value":"P-200"}],
                   "name":[{"family":"Rivera","given":["Maria"]}],"gender":"female","birthDate":"1975-04-12",
                   "address":[{"line":["12 Elm St"],"city":"Chatham","state":"IL","postalCode":"62629"}]}},
                 {"resource":{"resourceType":"Coverage","status":"active","subscriberId":"W123456789",
                   "relationship":{"coding":[{"code":"self"}]},
                   "type":{"coding":[{"code":"CI"}]},
                   "payor":[{"identifier":{"value":"AETNA01"},"display":"Aetna"}],
                   "class":[{"type":{"coding":[{"code":"group"}]},"value":"G42"}]}},
                 {"resource":{"resourceType":"Practitioner",
                   "identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}],
                   "name":[{"family":"Osler","given":["Sam"]}]}},
                 {"resource":{"resourceType":"Condition",
                   "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9"}]}}},
                 {"resource":{"resourceType":"Condition",
                   "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"I10"}]}}},
                 {"resource":{"resourceType":"Procedure","status":"completed",
                   "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"99213"}]}}},
                 {"resource":{"resourceType":"DocumentReference","status":"current",
                   "content":[{"attachment":{"contentType":"text/plain","data":"%s"}}]}}
                ]}
                """.formatted(externalId, data);
    }
}
