package org.openrcm.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas are not vacuous: each payload below is a valid sample with one defect, and each must fail. */
class SchemaRejectionTest {

    private static final ObjectMapper JSON = EventJson.mapper();

    static Stream<Arguments> defects() {
        return Stream.of(
                defect("amount as a JSON number", EventCatalog.PAYMENT_POSTED, "/paidAmount", "98.12"),
                defect("amount with one decimal", EventCatalog.PAYMENT_POSTED, "/paidAmount", "\"12.5\""),
                defect("amount without decimals", EventCatalog.CLAIM_SUBMITTED, "/totalCharge", "\"170\""),
                defect("amount with a thousands separator", EventCatalog.REMITTANCE_RECEIVED, "/paymentAmount",
                        "\"1,204.87\""),
                defect("ICD-10 code with its dot", EventCatalog.ENCOUNTER_CODED, "/diagnoses/0/code", "\"E11.9\""),
                defect("ICD-10 code in lower case", EventCatalog.CLAIM_CREATED, "/diagnosisCodes/1", "\"i10\""),
                defect("ICD-10 code starting with a digit", EventCatalog.CLAIM_CREATED, "/diagnosisCodes/0",
                        "\"119E\""),
                defect("CPT code of four characters", EventCatalog.CLAIM_CREATED, "/lines/0/procedureCode",
                        "\"9921\""),
                defect("modifier of three characters", EventCatalog.ENCOUNTER_CODED, "/procedures/0/modifiers/0",
                        "\"25X\""),
                defect("NPI of nine digits", EventCatalog.ENCOUNTER_RECEIVED, "/renderingProviderNpi",
                        "\"123456789\""),
                defect("place of service of one digit", EventCatalog.ENCOUNTER_RECEIVED, "/placeOfService", "\"1\""),
                defect("adjustment group code outside CO/PR/OA/PI", EventCatalog.PAYMENT_POSTED,
                        "/adjustments/0/groupCode", "\"CR\""),
                defect("patient responsibility component not in group PR", EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED,
                        "/components/0/groupCode", "\"CO\""),
                defect("sex outside F/M/U", EventCatalog.CLAIM_CREATED, "/patient/sex", "\"X\""),
                defect("frequency code outside 1/7/8", EventCatalog.CLAIM_SUBMITTED, "/frequencyCode", "\"5\""),
                defect("zero units", EventCatalog.ENCOUNTER_CODED, "/procedures/1/units", "0"),
                defect("diagnosis pointer 13", EventCatalog.CLAIM_CREATED, "/lines/0/diagnosisPointers/0", "13"),
                defect("five diagnosis pointers", EventCatalog.CLAIM_CREATED, "/lines/0/diagnosisPointers",
                        "[1, 2, 3, 4, 5]"),
                defect("no diagnosis", EventCatalog.ENCOUNTER_CODED, "/diagnoses", "[]"),
                defect("date in US notation", EventCatalog.CLAIM_SUBMITTED, "/dateOfService", "\"03/03/2025\""),
                defect("impossible date", EventCatalog.CLAIM_SUBMITTED, "/dateOfService", "\"2025-02-30\""),
                defect("instant without offset", EventCatalog.CLAIM_REJECTED, "/rejectedAt",
                        "\"2025-03-06 08:15:00\""),
                defect("empty tenant id", EventCatalog.CLAIM_ACCEPTED, "/tenantId", "\"\""),
                defect("count as a string", EventCatalog.REMITTANCE_RECEIVED, "/claimCount", "\"14\""),
                missing("tenantId", EventCatalog.ACCOUNT_SENT_TO_COLLECTIONS, "/tenantId"),
                missing("claim id", EventCatalog.CLAIM_REJECTED, "/claimId"),
                missing("amount", EventCatalog.PATIENT_PAYMENT_POSTED, "/amount"),
                missing("timestamp", EventCatalog.ENCOUNTER_CODED, "/codedAt"),
                missing("nested patient birth date", EventCatalog.CLAIM_CREATED, "/patient/birthDate"),
                missing("nested line charge", EventCatalog.CLAIM_CREATED, "/lines/1/charge"),
                missing("nested adjustment amount", EventCatalog.CLAIM_DENIED, "/adjustments/0/amount"));
    }

    // Every error must point at the defect (a missing property is reported on its parent), so a payload that
    // fails for some other reason cannot make a case pass.
    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void schemaRejectsPayloadWith(String defect, EventCatalog event, String pointer, String replacement)
            throws Exception {
        JsonNode payload = JSON.readTree(JSON.writeValueAsString(EventSamples.of(event)));
        assertThat(payload.at(pointer).isMissingNode()).as("sample has %s", pointer).isFalse();
        String reportedAt;
        if (replacement == null) {
            JsonPatches.remove(payload, pointer);
            reportedAt = JsonPointer.compile(pointer).head().toString();
        } else {
            JsonPatches.replace(payload, pointer, JSON.readTree(replacement));
            reportedAt = pointer;
        }

        Set<ValidationMessage> errors = EventSchemas.validate(event, payload);

        assertThat(errors).as(defect).isNotEmpty()
                .allSatisfy(error -> assertThat(error.getInstanceLocation()).hasToString(reportedAt));
    }

    private static Arguments defect(String defect, EventCatalog event, String pointer, String replacementJson) {
        return Arguments.of(defect, event, pointer, replacementJson);
    }

    private static Arguments missing(String property, EventCatalog event, String pointer) {
        return Arguments.of("missing " + property, event, pointer, null);
    }
}
