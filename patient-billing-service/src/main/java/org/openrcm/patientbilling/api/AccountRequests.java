package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openrcm.events.common.Address;

/** The bodies of what a biller does to an account. */
public final class AccountRequests {

    private AccountRequests() {
    }

    /** Someone other than the patient answers for the account, e.g. relationship PARENT. */
    public record GuarantorBody(@NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName, @NotNull @Valid AddressBody mailingAddress,
            @NotBlank @Pattern(regexp = "^[A-Z_]{2,20}$", message = "must be e.g. PARENT, SPOUSE, SELF")
            String relationship) {
    }

    /** The guarantor of another account of the tenant answers for this one too (a second child of one parent). */
    public record SharedGuarantorBody(@NotNull UUID guarantorAccountId,
            @NotBlank @Pattern(regexp = "^[A-Z_]{2,20}$", message = "must be e.g. PARENT, SPOUSE, SELF")
            String relationship) {
    }

    public record AddressBody(@NotBlank @Size(max = 100) String line1, @Size(max = 100) String line2,
            @NotBlank @Size(max = 60) String city, @NotBlank @Pattern(regexp = "^[A-Z]{2}$") String state,
            @NotBlank @Pattern(regexp = "^[0-9]{5}([0-9]{4})?$") String postalCode) {

        Address address() {
            return new Address(line1, line2, city, state, postalCode);
        }
    }

    /** A write-off: how much and why (reason code such as HARDSHIP, COURTESY, SMALL_BALANCE, BAD_DEBT). */
    public record WriteOffBody(
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 8, fraction = 2)
            BigDecimal amount,
            @NotBlank @Pattern(regexp = "^[A-Z_]{2,20}$") String reason,
            @NotBlank @Size(max = 500) String note) {
    }

    /** A refund of (part of) the account's credit. */
    public record RefundBody(
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 8, fraction = 2)
            BigDecimal amount,
            @NotBlank @Size(max = 500) String note) {
    }

    public record NoteBody(@NotBlank @Size(max = 2000) String text) {
    }
}
