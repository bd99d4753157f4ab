package org.openrcm.claims.clearinghouse;

/**
 * One 837P interchange file of a tenant for one clearinghouse mailbox (route), as written and validated when its
 * batch was opened.
 */
public record OutgoingInterchange(String submissionId, String tenantId, String route, String fileName,
        byte[] content, int claimCount) {
}
