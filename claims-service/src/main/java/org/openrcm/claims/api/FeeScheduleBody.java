package org.openrcm.claims.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PUT/GET /fee-schedule}: the practice's charge per procedure code; amounts as decimal strings. */
public record FeeScheduleBody(@NotNull @Size(max = 20000) List<@NotNull @Valid Entry> entries) {

    public record Entry(
            @NotNull @Pattern(regexp = CodeFormats.PROCEDURE, message = CodeFormats.PROCEDURE_MESSAGE) String procedureCode,
            @NotNull @DecimalMin(value = "0.00", inclusive = false, message = "must be more than 0.00")
            @Digits(integer = 8, fraction = 2, message = "must be dollars with at most 2 decimals, below 100000000") BigDecimal amount) {
    }
}
