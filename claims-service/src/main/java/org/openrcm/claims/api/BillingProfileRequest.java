package org.openrcm.claims.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openrcm.claims.domain.BillingProfileDetails;
import org.openrcm.events.common.Address;

/**
 * {@code PUT /billing-profile}: the practice as billing provider, and optionally its own 837P submitter and
 * receiver (the bureau's are used otherwise).
 */
public record BillingProfileRequest(
        @NotNull @ValidNpi String billingProviderNpi,
        @NotBlank @Size(max = 60) String billingProviderName,
        @NotNull @Pattern(regexp = "^[0-9]{9}$", message = "must be a 9-digit tax id (EIN) without the dash") String taxId,
        @NotNull @Valid AddressDto address,
        @Pattern(regexp = CodeFormats.TAXONOMY, message = CodeFormats.TAXONOMY_MESSAGE) String taxonomyCode,
        @Valid AddressDto payToAddress,
        @Valid SubmitterDto submitter,
        @Valid ReceiverDto receiver) {

    public record AddressDto(@NotBlank @Size(max = 55) String line1, @Size(max = 55) String line2,
            @NotBlank @Size(max = 30) String city,
            @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter state code") String state,
            @NotNull @Pattern(regexp = "^[0-9]{5}([0-9]{4})?$", message = "must be a 5 or 9 digit ZIP code") String postalCode) {

        Address toAddress() {
            return new Address(line1, line2, city, state, postalCode);
        }
    }

    /** 837P 1000A: at least a phone or an email for the contact. */
    public record SubmitterDto(
            @NotNull @Pattern(regexp = CodeFormats.X12_ID, message = CodeFormats.X12_ID_MESSAGE) String id,
            @NotBlank @Size(max = 60) String name,
            @NotBlank @Size(max = 60) String contactName,
            @Pattern(regexp = "^[0-9]{10}$", message = "must be a 10-digit phone number") String contactPhone,
            @Email @Size(max = 80) String contactEmail) {
    }

    /** 837P 1000B. */
    public record ReceiverDto(
            @NotNull @Pattern(regexp = CodeFormats.X12_ID, message = CodeFormats.X12_ID_MESSAGE) String id,
            @NotBlank @Size(max = 60) String name) {
    }

    BillingProfileDetails toDetails() {
        return new BillingProfileDetails(billingProviderNpi, billingProviderName, taxId, address.toAddress(),
                taxonomyCode, payToAddress == null ? null : payToAddress.toAddress(),
                submitter == null ? null : new BillingProfileDetails.SubmitterDetails(submitter.id(),
                        submitter.name(), submitter.contactName(), submitter.contactPhone(), submitter.contactEmail()),
                receiver == null ? null : new BillingProfileDetails.ReceiverDetails(receiver.id(), receiver.name()));
    }
}
