package org.openrcm.x12.claim;

/**
 * Loop 2010BB: the payer the claim goes to.
 *
 * @param name    NM103
 * @param payerId NM109 with qualifier PI
 */
public record Payer(String name, String payerId) {
}
