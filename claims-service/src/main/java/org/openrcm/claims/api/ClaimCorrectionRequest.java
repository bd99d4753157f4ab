package org.openrcm.claims.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openrcm.claims.domain.ClaimCorrection;
import org.openrcm.claims.domain.Subscriber;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.Provider;

/**
 * {@code PATCH /claims/{claimId}}: a biller's corrections; absent fields are left as they are. The claim stays in
 * its status until it is resubmitted.
 */
public record ClaimCorrectionRequest(
        @Size(min = 1, max = 12) List<@NotNull @Pattern(regexp = CodeFormats.DIAGNOSIS, message = CodeFormats.DIAGNOSIS_MESSAGE) String> diagnosisCodes,
        @Size(min = 1, max = 50) List<@NotNull @Valid LineDto> lines,
        @Size(min = 1, max = 80) @Pattern(regexp = "^[0-9A-Za-z-]+$", message = "must be letters, digits or dashes") String memberId,
        @Size(min = 1, max = 50) String groupNumber,
        @Pattern(regexp = "^(18|01|19|20|21|39|40|53|G8)$", message = "must be an X12 individual relationship code") String relationshipCode,
        @Valid PersonDto patient,
        @Valid PersonDto subscriber,
        @Valid ProviderDto renderingProvider,
        @ValidNpi String billingProviderNpi,
        @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit place of service code") String placeOfService,
        @Pattern(regexp = "^[PST]$", message = "must be P, S or T") String payerResponsibility,
        @Pattern(regexp = "^(12|13|14|15|16|41|42|43|47)$", message = "must be a Medicare secondary payer type code (SBR05)") String insuranceTypeCode,
        Boolean benefitsAssigned,
        Boolean releaseOfInformation) {

    /** One line's corrections, by line number. */
    public record LineDto(
            @NotNull @Min(1) @Max(50) Integer lineNumber,
            @Pattern(regexp = CodeFormats.PROCEDURE, message = CodeFormats.PROCEDURE_MESSAGE) String procedureCode,
            @Size(max = 4) List<@NotNull @Pattern(regexp = CodeFormats.MODIFIER, message = CodeFormats.MODIFIER_MESSAGE) String> modifiers,
            @Min(1) @Max(999) Integer units,
            @Size(min = 1, max = 4) List<@NotNull @Min(1) @Max(12) Integer> diagnosisPointers) {
    }

    /** A person's demographics as 2010BA/2010CA carry them. */
    public record PersonDto(
            @NotBlank @Size(max = 35) String firstName,
            @NotBlank @Size(max = 60) String lastName,
            @NotNull @Past LocalDate birthDate,
            @NotNull @Pattern(regexp = "^[FMU]$", message = "must be F, M or U") String sex,
            @NotNull @Valid BillingProfileRequest.AddressDto address) {
    }

    /** The rendering provider: NPI and name (2310B). */
    public record ProviderDto(
            @NotNull @ValidNpi String npi,
            @NotBlank @Size(max = 35) String firstName,
            @NotBlank @Size(max = 60) String lastName) {
    }

    ClaimCorrection toCorrection() {
        return new ClaimCorrection(diagnosisCodes,
                lines == null ? null : lines.stream().map(line -> new ClaimCorrection.LineCorrection(
                        line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(),
                        line.diagnosisPointers())).toList(),
                memberId, groupNumber, relationshipCode,
                patient == null ? null : new Patient(null, patient.firstName(), patient.lastName(),
                        patient.birthDate(), patient.sex(), patient.address().toAddress()),
                subscriber == null ? null : new Subscriber(subscriber.firstName(), subscriber.lastName(),
                        subscriber.birthDate(), subscriber.sex(), subscriber.address().toAddress()),
                renderingProvider == null ? null : new Provider(renderingProvider.npi(),
                        renderingProvider.firstName(), renderingProvider.lastName()),
                billingProviderNpi, placeOfService, payerResponsibility, insuranceTypeCode, benefitsAssigned,
                releaseOfInformation);
    }
}
