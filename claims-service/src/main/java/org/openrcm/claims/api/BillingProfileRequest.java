package org.openrcm.claims.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openrcm.claims.domain.BillingProfileDetails;
import org.openrcm.events.common.Address;

/** {@code PUT /billing-profile}: the practice as billing provider. */
public record BillingProfileRequest(
        @NotNull @ValidNpi String billingProviderNpi,
        @NotBlank @Size(max = 60) String billingProviderName,
        @NotNull @Pattern(regexp = "^[0-9]{9}$", message = "must be a 9-digit tax id (EIN) without the dash") String taxId,
        @NotNull @Valid AddressDto address) {

    public record AddressDto(@NotBlank @Size(max = 55) String line1, @Size(max = 55) String line2,
            @NotBlank @Size(max = 30) String city,
            @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter state code") String state,
            @NotNull @Pattern(regexp = "^[0-9]{5}([0-9]{4})?$", message = "must be a 5 or 9 digit ZIP code") String postalCode) {
    }

    BillingProfileDetails toDetails() {
        return new BillingProfileDetails(billingProviderNpi, billingProviderName, taxId,
                new Address(address.line1(), address.line2(), address.city(), address.state(), address.postalCode()));
    }
}
