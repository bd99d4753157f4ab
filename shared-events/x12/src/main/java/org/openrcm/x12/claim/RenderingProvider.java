package org.openrcm.x12.claim;

/**
 * Loop 2310B: the rendering provider, sent only when different from the billing provider.
 *
 * @param npi       NM109 (qualifier XX)
 * @param lastName  NM103 (entity type 1)
 * @param firstName NM104
 * @param taxonomy  PRV*PE*PXC, optional
 */
public record RenderingProvider(String npi, String lastName, String firstName, String taxonomy) {
}
