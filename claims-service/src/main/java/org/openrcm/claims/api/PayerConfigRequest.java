package org.openrcm.claims.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openrcm.claims.domain.PayerConfigDetails;

/** {@code PUT /payers/{payerId}}: how the practice bills one payer. */
public record PayerConfigRequest(
        @NotBlank @Size(max = 60) String name,
        @NotNull @Pattern(regexp = "^(11|12|13|14|15|16|17|AM|BL|CH|CI|DS|FI|HM|LM|MA|MB|MC|OF|TV|VA|WC|ZZ)$", message = "must be an SBR09 claim filing indicator code, e.g. CI, MB, MC") String claimFilingIndicator,
        boolean requiresBillingTaxonomy,
        @NotNull @Pattern(regexp = CodeFormats.ROUTE, message = CodeFormats.ROUTE_MESSAGE) String route,
        @NotNull @Min(1) @Max(3650) Integer timelyFilingDays,
        @NotNull @Min(1) @Max(3650) Integer paymentWindowDays) {

    PayerConfigDetails toDetails(String payerId) {
        return new PayerConfigDetails(payerId, name, claimFilingIndicator, requiresBillingTaxonomy, route,
                timelyFilingDays, paymentWindowDays);
    }
}
