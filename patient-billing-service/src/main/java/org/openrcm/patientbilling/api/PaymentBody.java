package org.openrcm.patientbilling.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openrcm.patientbilling.payment.PaymentMethod;
import org.openrcm.patientbilling.payment.PatientPaymentService;

/**
 * {@code POST /accounts/{id}/payments}: how and how much the patient pays; {@code reference} is the processor's card
 * token (CARD) or the check number (CHECK); {@code claimId} names the claim paid towards, or none for the balance.
 */
public record PaymentBody(
        @NotNull PaymentMethod method,
        @NotNull @DecimalMin(value = "0.00", inclusive = false, message = "must be more than 0.00")
        @Digits(integer = 8, fraction = 2, message = "must be dollars with at most 2 decimals") BigDecimal amount,
        @Size(max = 100) String reference,
        @Size(max = 100) String claimId) {

    PatientPaymentService.Request request() {
        return new PatientPaymentService.Request(method, amount, reference, claimId);
    }
}
