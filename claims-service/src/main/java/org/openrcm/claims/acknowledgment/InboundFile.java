package org.openrcm.claims.acknowledgment;

/** An acknowledgment file taken from a tenant's mailbox (or posted to the API), identified by its SHA-256. */
public record InboundFile(String tenantId, String route, String fileName, String sha256, byte[] content) {
}
