package org.openrcm.claims.domain;

import org.openrcm.events.common.Address;

/**
 * A billing profile's content, already checked (NPI check digit, nine-digit tax id, taxonomy format).
 *
 * @param taxonomyCode billing provider taxonomy (PRV*BI), for payers that require it; may be null
 * @param payToAddress 2010AB, when payments go elsewhere than the billing address; may be null
 * @param submitter    1000A when the practice submits under its own id; null for the bureau's
 * @param receiver     1000B when the practice uses its own clearinghouse; null for the bureau's
 */
public record BillingProfileDetails(String billingProviderNpi, String billingProviderName, String taxId,
        Address address, String taxonomyCode, Address payToAddress, SubmitterDetails submitter,
        ReceiverDetails receiver) {

    /** Who submits (837P 1000A, ISA06): its clearinghouse-assigned id, name and a contact. */
    public record SubmitterDetails(String id, String name, String contactName, String contactPhone,
            String contactEmail) {
    }

    /** Who receives (837P 1000B, ISA08): the clearinghouse. */
    public record ReceiverDetails(String id, String name) {
    }
}
