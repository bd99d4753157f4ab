package org.openrcm.plumbing.inbound;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.events.EventCatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks payloads against the JSON Schemas published in the event contracts, offline from the classpath: incoming
 * ones before a handler sees them, outgoing ones before they enter the outbox.
 */
@ApplicationScoped
public class EventSchemaValidator {

    private static final String SCHEMA_BASE_URI = "https://openrcm.org/schemas/";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE_URI, "classpath:schemas/")));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<EventCatalog, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** @throws PoisonEventException naming every violation when the payload breaks the event's schema */
    public void validate(EventCatalog entry, JsonNode payload) {
        violations(entry, payload).ifPresent(violations -> {
            throw new PoisonEventException("Payload breaks the schema of " + entry.ceType() + ": " + violations);
        });
    }

    /** @return every violation of the event's schema, sorted and joined, or empty for a valid payload */
    public Optional<String> violations(EventCatalog entry, JsonNode payload) {
        Set<ValidationMessage> violations = schemas.computeIfAbsent(entry, this::load).validate(payload);
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(violations.stream().map(ValidationMessage::getMessage).sorted()
                .collect(Collectors.joining("; ")));
    }

    private JsonSchema load(EventCatalog entry) {
        return factory.getSchema(SchemaLocation.of("classpath:" + entry.schemaResource().substring(1)), config);
    }
}
