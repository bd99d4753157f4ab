package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openrcm.events.common.Address;
import org.openrcm.patientbilling.settings.BillingSettings;
import org.openrcm.patientbilling.settings.BillingSettingsService;
import org.openrcm.patientbilling.settings.DunningLevel;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * {@code GET/PUT /tenants/{tenantId}/billing-settings}: the practice's time zone (an IANA zone such as
 * America/Chicago), statement cycle day (1-31; the last day of a shorter month), days to pay, minimum statement balance, small-balance write-off
 * threshold (0.00 = never), dunning levels in ascending order of age, and what statements say about the practice.
 */
public record BillingSettingsBody(
        @NotBlank @Size(max = 64) String timeZone,
        @Min(1) @Max(31) int cycleDay,
        @Min(1) @Max(90) int dueDays,
        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal minimumBalance,
        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal writeOffThreshold,
        @NotNull @Size(max = 10) List<@NotNull @Valid Level> dunningLevels,
        @NotBlank @Size(max = 200) String practiceName,
        @Size(max = 40) String practicePhone,
        Address practiceAddress,
        Address remitTo,
        @Size(max = 1000) String howToPay,
        @NotBlank @Size(max = 100) String collectionAgency) {

    public record Level(@Min(1) @Max(3650) int afterDays, @NotBlank @Size(max = 300) String message) {
    }

    @JsonIgnore
    @AssertTrue(message = "must be an IANA time zone, e.g. America/Chicago")
    public boolean isTimeZoneKnown() {
        if (timeZone == null) {
            return true;
        }
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @JsonIgnore
    @AssertTrue(message = "dunningLevels must be in ascending order of afterDays")
    public boolean isDunningAscending() {
        if (dunningLevels == null) {
            return true;
        }
        for (int i = 1; i < dunningLevels.size(); i++) {
            if (dunningLevels.get(i) == null || dunningLevels.get(i - 1) == null
                    || dunningLevels.get(i).afterDays() <= dunningLevels.get(i - 1).afterDays()) {
                return false;
            }
        }
        return true;
    }

    BillingSettingsService.Changes changes() {
        return new BillingSettingsService.Changes(timeZone, cycleDay, dueDays, minimumBalance, writeOffThreshold,
                dunningLevels.stream().map(level -> new DunningLevel(level.afterDays(), level.message())).toList(),
                practiceName, practicePhone, practiceAddress, remitTo, howToPay, collectionAgency);
    }

    static BillingSettingsBody of(BillingSettings settings) {
        return new BillingSettingsBody(settings.timeZone(), settings.cycleDay(), settings.dueDays(),
                settings.minimumBalance(), settings.writeOffThreshold(),
                settings.dunningLevels().stream().map(level -> new Level(level.afterDays(), level.message()))
                        .toList(),
                settings.practiceName(), settings.practicePhone(), settings.practiceAddress(), settings.remitTo(),
                settings.howToPay(), settings.collectionAgency());
    }
}
