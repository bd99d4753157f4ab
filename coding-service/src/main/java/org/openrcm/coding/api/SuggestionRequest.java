package org.openrcm.coding.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.openrcm.coding.cac.SuggestionInput;

/**
 * Body of {@code POST /coding/suggestions}: a clinical note and what is known about the patient.
 *
 * @param ageYears age on the date of service; when given, codes that cannot apply at that age are not suggested
 * @param sex {@code F}, {@code M} or {@code U} (unknown); when F or M, codes of the other sex are not suggested
 */
public record SuggestionRequest(@NotBlank String note, LocalDate dateOfService, @Min(0) @Max(130) Integer ageYears,
        @Pattern(regexp = "[FMU]", message = "must be F, M or U") String sex) {

    SuggestionInput toInput() {
        return new SuggestionInput(note, dateOfService, ageYears, sex);
    }
}
