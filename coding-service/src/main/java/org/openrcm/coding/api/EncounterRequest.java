package org.openrcm.coding.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openrcm.coding.domain.ClinicalDocumentation;
import org.openrcm.coding.domain.NewEncounter;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;
import org.openrcm.plumbing.web.InvalidParameterException;

/**
 * {@code POST /encounters}: a visit with its documentation and, optionally, the codes the provider picked on the
 * superbill. Without codes the note must be there: a coder codes from it.
 */
public record EncounterRequest(
        @NotBlank @Size(max = 64) String externalId,
        @NotNull @Valid PatientDto patient,
        @NotNull @Valid CoverageDto coverage,
        @NotNull @Valid ProviderDto renderingProvider,
        @NotNull LocalDate dateOfService,
        @NotNull @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit place-of-service code") String placeOfService,
        @Size(max = 12) List<@NotNull @Pattern(regexp = CodeFormats.ICD10CM, message = CodeFormats.ICD10CM_MESSAGE) String> diagnoses,
        @Size(max = 50) List<@NotNull @Valid ProcedureDto> procedures,
        @Valid DocumentationDto documentation) {

    /** Longest note taken in: a few pages of text; anything longer is not a clinical note. */
    static final int MAX_NOTE_LENGTH = 100_000;

    public record PatientDto(@NotBlank @Size(max = 64) String patientId, @NotBlank @Size(max = 60) String firstName,
            @NotBlank @Size(max = 60) String lastName, @NotNull @Past LocalDate birthDate,
            @NotNull @Pattern(regexp = "^[FMU]$", message = "must be F, M or U") String sex,
            @NotNull @Valid AddressDto address) {
    }

    public record AddressDto(@NotBlank @Size(max = 55) String line1, @Size(max = 55) String line2,
            @NotBlank @Size(max = 30) String city,
            @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter state code") String state,
            @NotNull @Pattern(regexp = "^[0-9]{5}([0-9]{4})?$", message = "must be a 5 or 9 digit ZIP code") String postalCode) {
    }

    public record CoverageDto(@NotBlank @Size(max = 80) String payerId, @NotBlank @Size(max = 60) String payerName,
            @NotBlank @Size(max = 80) String memberId, @Size(max = 50) String groupNumber,
            @NotNull @Pattern(regexp = "^(18|01|19|20|21|39|40|53|G8)$", message = "must be an X12 individual relationship code") String relationshipCode,
            @NotNull @Pattern(regexp = "^[0-9A-Z]{1,2}$", message = "must be an X12 claim filing indicator code") String claimFilingIndicator) {
    }

    /**
     * The rendering provider. An organisation (837P NM102 = 2) or a person known by one name has no first name, so
     * it is optional; a blank one is taken as none.
     */
    public record ProviderDto(
            @NotNull @Pattern(regexp = "^[0-9]{10}$", message = "must be a 10-digit NPI") String npi,
            @Size(max = 35) String firstName, @NotBlank @Size(max = 60) String lastName) {

        Provider toProvider() {
            return new Provider(npi, firstName == null || firstName.isBlank() ? null : firstName, lastName);
        }
    }

    public record ProcedureDto(
            @NotNull @Pattern(regexp = CodeFormats.PROCEDURE, message = CodeFormats.PROCEDURE_MESSAGE) String code,
            @Size(max = 4) List<@NotNull @Pattern(regexp = "^[0-9A-Z]{2}$", message = "must be a two-character modifier") String> modifiers,
            @Min(1) @Max(999) int units,
            @NotEmpty @Size(max = 4) List<@NotNull @Min(1) @Max(12) Integer> diagnosisPointers) {

        ProcedureLine toLine() {
            return new ProcedureLine(code, modifiers == null ? List.of() : List.copyOf(modifiers), units,
                    List.copyOf(diagnosisPointers));
        }
    }

    /**
     * What the provider documented.
     *
     * @param totalMinutes          total practitioner time on the date of the encounter
     * @param medicalDecisionMaking the documented MDM level
     * @param note                  the note text, at most {@value #MAX_NOTE_LENGTH} characters
     */
    public record DocumentationDto(ClinicalDocumentation.VisitType visitType,
            @Min(1) @Max(1440) Integer totalMinutes, ClinicalDocumentation.MdmLevel medicalDecisionMaking,
            @Size(max = MAX_NOTE_LENGTH, message = "must be at most " + MAX_NOTE_LENGTH + " characters") String note) {
    }

    NewEncounter toNewEncounter() {
        List<String> codes = diagnoses == null ? List.of() : diagnoses;
        List<ProcedureDto> lines = procedures == null ? List.of() : procedures;
        String note = documentation == null || documentation.note() == null || documentation.note().isBlank() ? null
                : documentation.note();
        if ((codes.isEmpty() || lines.isEmpty()) && note == null) {
            throw new InvalidParameterException(codes.isEmpty() ? "diagnoses" : "procedures",
                    "must not be empty unless documentation.note documents the visit");
        }
        AddressDto a = patient.address();
        return new NewEncounter(externalId,
                new Patient(patient.patientId(), patient.firstName(), patient.lastName(), patient.birthDate(),
                        patient.sex(), new Address(a.line1(), a.line2(), a.city(), a.state(), a.postalCode())),
                new Coverage(coverage.payerId(), coverage.payerName(), coverage.memberId(), coverage.groupNumber(),
                        coverage.relationshipCode(), coverage.claimFilingIndicator()),
                renderingProvider.toProvider(), dateOfService, placeOfService,
                codes.stream().map(Diagnosis::new).toList(), lines.stream().map(ProcedureDto::toLine).toList(),
                documentation == null ? ClinicalDocumentation.NONE : new ClinicalDocumentation(
                        documentation.visitType(), documentation.totalMinutes(), documentation.medicalDecisionMaking()),
                note);
    }
}
