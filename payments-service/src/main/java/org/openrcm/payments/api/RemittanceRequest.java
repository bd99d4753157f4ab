package org.openrcm.payments.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /remittances}: a payer's remittance advice in the JSON form of an 835. */
public record RemittanceRequest(
        @NotBlank @Size(max = 80) String payerId,
        @NotBlank @Size(max = 60) String payerName,
        @NotBlank @Size(max = 50) String traceNumber,
        @NotNull @Pattern(regexp = "^(ACH|BOP|CHK|FWT|NON)$", message = "must be ACH, BOP, CHK, FWT or NON") String paymentMethod,
        @NotNull LocalDate paymentDate,
        @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String paymentAmount,
        @NotEmpty @Size(max = 5000) List<@NotNull @Valid ClaimDto> claims) {

    /** One claim's adjudication (CLP); {@code adjustments} may be left out when the payer paid the full charge. */
    public record ClaimDto(
            @NotBlank @Size(max = 100) String claimId,
            @NotNull @Pattern(regexp = "^(1|2|3|4|22)$", message = "must be an 835 claim status code: 1, 2, 3, 4 or 22") String claimStatusCode,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String chargeAmount,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String paidAmount,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String patientResponsibilityAmount,
            @Size(max = 50) String payerClaimNumber,
            @Size(max = 99) List<@NotNull @Valid AdjustmentDto> adjustments) {
    }

    /** One claim adjustment (CAS). */
    public record AdjustmentDto(
            @NotNull @Pattern(regexp = "^(CO|PR|OA|PI)$", message = "must be CO, PR, OA or PI") String groupCode,
            @NotNull @Pattern(regexp = "^[0-9A-Z]{1,5}$", message = "must be a claim adjustment reason code, e.g. 45") String reasonCode,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String amount) {
    }
}
