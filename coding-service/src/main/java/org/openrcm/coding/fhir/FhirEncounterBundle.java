package org.openrcm.coding.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.openrcm.coding.domain.ClinicalDocumentation;

/**
 * The parts of a FHIR R4 bundle that make an encounter, read into the same request the JSON API takes, so both are
 * validated alike: Encounter (identifier = the practice's visit id, period start = date of service, class = place
 * of service, length in minutes = total time, type = visit type), Patient, Coverage, Practitioner (NPI), Condition
 * (ICD-10-CM, in bundle order, principal first), Procedure (CPT/HCPCS) and DocumentReference (the note, a base64
 * attachment). A missing part leaves its field empty and validation names it.
 */
public final class FhirEncounterBundle {

    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

    /** The fields the JSON API takes, as read from the bundle; null where the bundle has nothing. */
    public record Parts(String externalId, PatientPart patient, CoveragePart coverage, ProviderPart provider,
            LocalDate dateOfService, String placeOfService, List<String> diagnoses, List<String> procedures,
            ClinicalDocumentation.VisitType visitType, Integer totalMinutes, String note) {
    }

    public record PatientPart(String patientId, String firstName, String lastName, LocalDate birthDate, String sex,
            String line1, String line2, String city, String state, String postalCode) {
    }

    public record CoveragePart(String payerId, String payerName, String memberId, String groupNumber,
            String relationshipCode, String claimFilingIndicator) {
    }

    public record ProviderPart(String npi, String firstName, String lastName) {
    }

    private FhirEncounterBundle() {
    }

    public static Parts read(Bundle bundle) {
        Encounter encounter = first(bundle, Encounter.class).orElse(null);
        List<String> diagnoses = new ArrayList<>();
        List<String> procedures = new ArrayList<>();
        String note = null;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource instanceof Condition condition) {
                code(condition.getCode(), ICD10CM).map(code -> code.replace(".", "")).ifPresent(diagnoses::add);
            } else if (resource instanceof Procedure procedure) {
                code(procedure.getCode(), CPT).or(() -> code(procedure.getCode(), HCPCS)).ifPresent(procedures::add);
            } else if (resource instanceof DocumentReference document && note == null) {
                note = document.getContent().stream()
                        .map(DocumentReference.DocumentReferenceContentComponent::getAttachment)
                        .filter(Attachment::hasData).findFirst()
                        .map(attachment -> new String(attachment.getData(), StandardCharsets.UTF_8)).orElse(null);
            }
        }
        return new Parts(encounter == null || !encounter.hasIdentifier() ? null
                : encounter.getIdentifierFirstRep().getValue(),
                first(bundle, Patient.class).map(FhirEncounterBundle::patient).orElse(null),
                first(bundle, Coverage.class).map(FhirEncounterBundle::coverage).orElse(null),
                first(bundle, Practitioner.class).map(FhirEncounterBundle::provider).orElse(null),
                encounter == null ? null : date(encounter.getPeriod().getStart()),
                encounter == null ? null : placeOfService(encounter),
                diagnoses, procedures,
                encounter == null ? null : visitType(encounter),
                encounter == null || !encounter.hasLength() ? null : encounter.getLength().getValue().intValue(),
                note);
    }

    /** Diagnosis pointers of a FHIR procedure: the first four conditions, as a superbill does. */
    public static List<Integer> pointers(int diagnoses) {
        return IntStream.rangeClosed(1, Math.max(1, Math.min(diagnoses, 4))).boxed().toList();
    }

    private static PatientPart patient(Patient patient) {
        HumanName name = patient.getNameFirstRep();
        Address address = patient.getAddressFirstRep();
        List<String> lines = address.getLine().stream().map(line -> line.getValue()).toList();
        AdministrativeGender gender = patient.getGender();
        String sex = gender == AdministrativeGender.FEMALE ? "F" : gender == AdministrativeGender.MALE ? "M" : "U";
        return new PatientPart(patient.hasIdentifier() ? patient.getIdentifierFirstRep().getValue() : null,
                name.getGivenAsSingleString().isBlank() ? null : name.getGiven().get(0).getValue(), name.getFamily(),
                date(patient.getBirthDate()), sex, lines.isEmpty() ? null : lines.get(0),
                lines.size() > 1 ? lines.get(1) : null, address.getCity(), address.getState(),
                address.getPostalCode());
    }

    private static CoveragePart coverage(Coverage coverage) {
        Identifier payer = coverage.getPayorFirstRep().getIdentifier();
        String group = coverage.getClass_().stream()
                .filter(c -> c.getType().getCoding().stream().anyMatch(coding -> "group".equals(coding.getCode())))
                .map(Coverage.ClassComponent::getValue).findFirst().orElse(null);
        String relationship = coverage.getRelationship().getCoding().stream().map(Coding::getCode).findFirst()
                .map(code -> switch (code) {
                    case "self" -> "18";
                    case "spouse" -> "01";
                    case "child" -> "19";
                    default -> "G8";
                }).orElse("18");
        String filing = coverage.getType().getCoding().stream().map(Coding::getCode).findFirst().orElse("CI");
        return new CoveragePart(payer.getValue(), coverage.getPayorFirstRep().getDisplay(),
                coverage.getSubscriberId(), group, relationship, filing);
    }

    private static ProviderPart provider(Practitioner practitioner) {
        String npi = practitioner.getIdentifier().stream().filter(id -> NPI.equals(id.getSystem()))
                .map(Identifier::getValue).findFirst().orElse(null);
        HumanName name = practitioner.getNameFirstRep();
        return new ProviderPart(npi, name.getGiven().isEmpty() ? null : name.getGiven().get(0).getValue(),
                name.getFamily());
    }

    /** The encounter class as a CMS place of service: virtual is telehealth, emergency the ER, else the office. */
    private static String placeOfService(Encounter encounter) {
        String code = encounter.getClass_().getCode();
        if (code == null) {
            return "11";
        }
        return switch (code) {
            case "VR" -> "10";
            case "EMER" -> "23";
            case "IMP" -> "21";
            default -> "11";
        };
    }

    private static ClinicalDocumentation.VisitType visitType(Encounter encounter) {
        for (CodeableConcept type : encounter.getType()) {
            for (Coding coding : type.getCoding()) {
                for (ClinicalDocumentation.VisitType visit : ClinicalDocumentation.VisitType.values()) {
                    if (visit.name().equals(coding.getCode())) {
                        return visit;
                    }
                }
            }
        }
        return null;
    }

    private static Optional<String> code(CodeableConcept concept, String system) {
        return concept.getCoding().stream().filter(coding -> system.equals(coding.getSystem()))
                .map(Coding::getCode).findFirst();
    }

    private static <R extends Resource> Optional<R> first(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
