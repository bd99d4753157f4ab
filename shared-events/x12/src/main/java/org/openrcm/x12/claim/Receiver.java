package org.openrcm.x12.claim;

/**
 * Loop 1000B: who receives the claims (the clearinghouse).
 *
 * @param name NM103
 * @param id   NM109 (qualifier 46)
 */
public record Receiver(String name, String id) {
}
