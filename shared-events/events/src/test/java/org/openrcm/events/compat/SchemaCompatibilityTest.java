package org.openrcm.events.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openrcm.events.EventCatalog;

/** No schema change breaks backward compatibility with the previous release (src/test/resources/schema-baseline). */
class SchemaCompatibilityTest {

    @Test
    void everyCurrentSchemaIsBackwardCompatibleWithItsReleasedBaseline() throws Exception {
        Path baseline = Path.of(EventCatalog.class.getResource("/schema-baseline").toURI());
        Path current = Path.of(EventCatalog.class.getResource("/schemas").toURI());

        assertThat(SchemaCompatibilityChecker.compareDirectories(baseline, current)).isEmpty();
    }
}
