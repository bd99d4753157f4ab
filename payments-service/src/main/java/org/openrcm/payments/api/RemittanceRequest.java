package org.openrcm.payments.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /remittances} as JSON: a payer's remittance advice in the form of an 835 (also how a poster keys in a
 * paper EOB). Lines, remarks, payee and provider adjustments are optional.
 */
public record RemittanceRequest(
        @NotBlank @Size(max = 80) String payerId,
        @NotBlank @Size(max = 60) String payerName,
        @Size(max = 80) String payeeId,
        @Size(max = 60) String payeeName,
        @NotBlank @Size(max = 50) String traceNumber,
        @NotNull @Pattern(regexp = "^(ACH|BOP|CHK|FWT|NON)$", message = "must be ACH, BOP, CHK, FWT or NON") String paymentMethod,
        @NotNull LocalDate paymentDate,
        @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String paymentAmount,
        @NotEmpty @Size(max = 5000) List<@NotNull @Valid ClaimDto> claims,
        @Size(max = 99) List<@NotNull @Valid ProviderAdjustmentDto> providerAdjustments) {

    /** One claim's adjudication (CLP); {@code adjustments} may be left out when the payer paid the full charge. */
    public record ClaimDto(
            @NotBlank @Size(max = 100) String claimId,
            @NotNull @Pattern(regexp = "^(1|2|3|4|19|20|21|22)$", message = "must be an 835 claim status code: 1, 2, 3, 4, 19, 20, 21 or 22") String claimStatusCode,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String chargeAmount,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String paidAmount,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String patientResponsibilityAmount,
            @Size(max = 50) String payerClaimNumber,
            @Size(max = 99) List<@NotNull @Valid AdjustmentDto> adjustments,
            @Size(max = 99) List<@NotNull @Valid LineDto> lines,
            @Size(max = 20) List<@NotNull @Pattern(regexp = RARC, message = RARC_MESSAGE) String> remarkCodes) {
    }

    /** One service line (SVC); {@code lineControlNumber} is our line number as the payer echoed it (REF*6R). */
    public record LineDto(
            @NotBlank @Size(max = 48) String procedureCode,
            @Size(max = 4) List<@NotNull @Pattern(regexp = "^[0-9A-Z]{2}$", message = "must be a two-character modifier") String> modifiers,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String chargeAmount,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String paidAmount,
            @Size(max = 50) String lineControlNumber,
            LocalDate serviceDate,
            @Size(max = 99) List<@NotNull @Valid AdjustmentDto> adjustments,
            @Size(max = 20) List<@NotNull @Pattern(regexp = RARC, message = RARC_MESSAGE) String> remarkCodes) {
    }

    /** One claim adjustment (CAS). */
    public record AdjustmentDto(
            @NotNull @Pattern(regexp = "^(CO|PR|OA|PI)$", message = "must be CO, PR, OA or PI") String groupCode,
            @NotNull @Pattern(regexp = "^[0-9A-Z]{1,5}$", message = "must be a claim adjustment reason code, e.g. 45") String reasonCode,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String amount) {
    }

    /** One provider-level adjustment (PLB): positive reduces the payment (WO recovery), negative adds (L6 interest). */
    public record ProviderAdjustmentDto(
            @NotBlank @Size(max = 50) String providerId,
            @NotNull @Pattern(regexp = "^[0-9A-Z]{2}$", message = "must be a PLB adjustment reason code, e.g. L6 or WO") String reasonCode,
            @Size(max = 50) String reference,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String amount) {
    }

    static final String RARC = "^[A-Z]{1,2}[0-9]{1,3}$";
    static final String RARC_MESSAGE = "must be a remark code (RARC), e.g. N130 or MA01";
}
