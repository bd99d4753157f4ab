package org.openrcm.simulator.drop;

import java.nio.file.Path;

/**
 * One tenant's mailbox for one clearinghouse route: {@code <root>/<tenantId>/<route>/} with its
 * {@code outbound/} (837P from the practice), {@code inbound/} (999 and 277CA to it) and {@code remittance/}
 * (835 to it) directories.
 */
public record Mailbox(String tenantId, String route, Path directory) {

    public static final String OUTBOUND = "outbound";
    public static final String INBOUND = "inbound";
    public static final String REMITTANCE = "remittance";
    public static final String PROCESSED = "processed";
    public static final String QUARANTINE = "quarantine";

    public Path outbound() {
        return directory.resolve(OUTBOUND);
    }

    public Path inbound() {
        return directory.resolve(INBOUND);
    }

    public Path remittance() {
        return directory.resolve(REMITTANCE);
    }
}
