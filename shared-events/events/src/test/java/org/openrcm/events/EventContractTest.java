package org.openrcm.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.common.Provider;

/** Every event record, serialised as producers do, is valid against its schema and reads back unchanged. */
class EventContractTest {

    private static final ObjectMapper JSON = EventJson.mapper();

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void sampleIsAnInstanceOfTheCatalogRecordType(EventCatalog event) {
        RcmEvent sample = EventSamples.of(event);

        assertThat(sample).isExactlyInstanceOf(event.recordType());
        assertThat(EventCatalog.of(sample.getClass())).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void serialisedEventValidatesAgainstItsSchema(EventCatalog event) throws Exception {
        String json = JSON.writeValueAsString(EventSamples.of(event));

        assertThat(EventSchemas.validate(event, JSON.readTree(json))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void serialisedEventReadsBackEqualToTheOriginal(EventCatalog event) throws Exception {
        RcmEvent sample = EventSamples.of(event);

        String json = JSON.writeValueAsString(sample);

        assertThat(JSON.readValue(json, event.recordType())).isEqualTo(sample);
    }

    // 837P NM104 is situational: an organisation, or a person known by one name, is rendered without a first name.
    @Test
    void encounterCodedAcceptsARenderingProviderWithoutAFirstName() throws Exception {
        EncounterCoded sample =
                (EncounterCoded) EventSamples.of(EventCatalog.ENCOUNTER_CODED);
        EncounterCoded organisation = new EncounterCoded(
                sample.tenantId(), sample.encounterId(), sample.externalId(), sample.patient(), sample.coverage(),
                new Provider(sample.renderingProvider().npi(), null, "Lakeside Clinic"),
                sample.dateOfService(), sample.placeOfService(), sample.diagnoses(), sample.procedures(),
                sample.codedAt());

        assertThat(EventSchemas.validate(EventCatalog.ENCOUNTER_CODED, JSON.valueToTree(organisation))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaDeclaresExactlyTheRecordComponents(EventCatalog event) throws Exception {
        List<String> components = Arrays.stream(event.recordType().getRecordComponents())
                .map(RecordComponent::getName).toList();

        assertThat(EventSchemas.document(event).get("properties").fieldNames())
                .toIterable().containsExactlyInAnyOrderElementsOf(components);
    }

    // additionalProperties is true at every level, so only this walk notices a nested field the schema forgot.
    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaDeclaresEveryPropertyTheProducerWrites(EventCatalog event) throws Exception {
        JsonNode schema = EventSchemas.document(event);
        List<String> undeclared = new ArrayList<>();

        collectUndeclared(schema, schema, JSON.valueToTree(EventSamples.of(event)), "", undeclared);

        assertThat(undeclared).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void consumersToleratePropertiesAddedByNewerProducers(EventCatalog event) throws Exception {
        RcmEvent sample = EventSamples.of(event);
        ObjectNode payload = JSON.valueToTree(sample);
        payload.put("addedInALaterRelease", "x");

        assertThat(EventSchemas.validate(event, payload)).isEmpty();
        assertThat(JSON.treeToValue(payload, event.recordType())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ENCOUNTER_RECEIVED, /externalId",
            "ENCOUNTER_CODED, /externalId",
            "ENCOUNTER_CODED, /coverage/groupNumber",
            "ENCOUNTER_CODED, /patient/address/line2",
            "ENCOUNTER_CODED, /procedures/0/modifiers",
            "CODING_REVIEW_REQUIRED, /issues/0/field",
            "CLAIM_CREATED, /lines/0/modifiers",
            "CLAIM_REJECTED, /statusCode",
            "CLAIM_VOIDED, /payerClaimNumber",
            "PAYMENT_POSTED, /payerClaimNumber",
            "CLAIM_DENIED, /remarkCodes",
            "CLAIM_DENIED, /codes",
            "CLAIM_DENIED, /codes/0/description",
            "PAYMENT_POSTED, /codes",
            "PAYMENT_REVERSED, /payerClaimNumber",
            "CLAIM_CORRECTION_REQUESTED, /note",
            "CLAIM_CORRECTION_REQUESTED, /payerClaimNumber",
            "PATIENT_PAYMENT_POSTED, /claimId",
            "PATIENT_PAYMENT_RECEIVED, /claimId",
            "PATIENT_PAYMENT_RECEIVED, /reference",
    })
    void optionalPropertyMayBeAbsent(EventCatalog event, String pointer) {
        JsonNode payload = JSON.valueToTree(EventSamples.of(event));
        assertThat(payload.at(pointer).isMissingNode()).as("sample has %s", pointer).isFalse();

        JsonPatches.remove(payload, pointer);

        assertThat(EventSchemas.validate(event, payload)).isEmpty();
    }

    private static void collectUndeclared(JsonNode root, JsonNode schema, JsonNode value, String path,
            List<String> undeclared) {
        JsonNode resolved = schema.has("$ref") ? root.at(schema.get("$ref").asText().substring(1)) : schema;
        if (value.isObject()) {
            value.properties().forEach(field -> {
                JsonNode declared = resolved.path("properties").path(field.getKey());
                if (declared.isMissingNode()) {
                    undeclared.add(path + "/" + field.getKey());
                } else {
                    collectUndeclared(root, declared, field.getValue(), path + "/" + field.getKey(), undeclared);
                }
            });
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collectUndeclared(root, resolved.get("items"), value.get(i), path + "/" + i, undeclared);
            }
        }
    }
}
