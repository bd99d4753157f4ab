package org.openrcm.claims.domain;

import org.openrcm.events.common.Address;

/** A billing profile's content, already checked (NPI check digit, nine-digit tax id). */
public record BillingProfileDetails(String billingProviderNpi, String billingProviderName, String taxId,
        Address address) {
}
