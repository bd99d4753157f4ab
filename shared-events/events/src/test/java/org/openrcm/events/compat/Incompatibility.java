package org.openrcm.events.compat;

/**
 * A schema change that can break a subscriber built against the previous release.
 *
 * @param schema  the schema file, e.g. {@code ClaimCreated.v1.schema.json}
 * @param pointer JSON pointer into the schema where the change is, {@code ""} for the whole schema
 * @param problem what changed
 */
public record Incompatibility(String schema, String pointer, String problem) {

    @Override
    public String toString() {
        return schema + "#" + pointer + ": " + problem;
    }
}
