package org.openrcm.x12.claim;

import org.openrcm.x12.Address;

/**
 * Loop 2000A/2010AA (and 2010AB): the billing provider as captured on the claim.
 *
 * @param organizationName NM103 (entity type 2)
 * @param npi              NM109 with qualifier XX, ten digits passing the Luhn check with prefix 80840
 * @param taxId            REF*EI, nine digits (EIN)
 * @param taxonomy         PRV03 with qualifier PXC (ten characters), required when {@code sendTaxonomy}
 * @param address          N3/N4 (ZIP+4, no PO box)
 * @param payToAddress     loop 2010AB, or {@code null} when payments go to {@code address}
 * @param sendTaxonomy     whether PRV*BI*PXC is sent (payers that require it)
 */
public record BillingProvider(
    String organizationName,
    String npi,
    String taxId,
    String taxonomy,
    Address address,
    Address payToAddress,
    boolean sendTaxonomy) {
}
