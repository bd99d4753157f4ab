package org.openrcm.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;

/** Loads the event schemas by their {@code $id}, served from the classpath so that validation never goes online. */
final class EventSchemas {

    static final String ID_PREFIX = "https://openrcm.org/schemas/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:schemas/")));

    // In draft 2020-12 "format" only annotates unless assertions are switched on; the contract means dates.
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private EventSchemas() {
    }

    /** The schema's file name, e.g. {@code ClaimRejected.v1.schema.json}. */
    static String fileName(EventCatalog event) {
        return event.schemaResource().substring("/schemas/".length());
    }

    static JsonSchema of(EventCatalog event) {
        return FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + fileName(event)), CONFIG);
    }

    static Set<ValidationMessage> validate(EventCatalog event, JsonNode payload) {
        return of(event).validate(payload);
    }

    /** The schema file itself, as a tree. */
    static JsonNode document(EventCatalog event) throws IOException {
        try (InputStream in = EventCatalog.class.getResourceAsStream(event.schemaResource())) {
            return EventJson.mapper().readTree(in);
        }
    }
}
