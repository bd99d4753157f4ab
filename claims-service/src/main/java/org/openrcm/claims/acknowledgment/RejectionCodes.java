package org.openrcm.claims.acknowledgment;

import org.openrcm.claims.domain.RejectionCategory;
import java.util.Map;
import java.util.Set;

/**
 * Words for the claim status codes (STC01-2) and entity identifier codes (STC01-3) a 277CA rejects with, and the
 * category of fix each asks for. Codes not listed here still read as their number.
 */
public final class RejectionCodes {

    private static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("19", "entity acknowledges receipt of the claim"),
            Map.entry("20", "accepted for processing"),
            Map.entry("21", "missing or invalid information"),
            Map.entry("24", "entity not approved as an electronic submitter"),
            Map.entry("26", "entity not found"),
            Map.entry("27", "policy canceled"),
            Map.entry("29", "subscriber and policy number/contract number mismatched"),
            Map.entry("30", "subscriber and subscriber id mismatched"),
            Map.entry("31", "subscriber and policyholder name mismatched"),
            Map.entry("32", "subscriber and policy number/contract number not found"),
            Map.entry("33", "subscriber and subscriber id not found"),
            Map.entry("35", "claim not found"),
            Map.entry("54", "duplicate of a previously processed claim"),
            Map.entry("78", "duplicate of an existing claim awaiting processing"),
            Map.entry("88", "entity not eligible for benefits for the submitted dates of service"),
            Map.entry("109", "entity not eligible"),
            Map.entry("116", "claim submitted to the incorrect payer"),
            Map.entry("125", "entity's name"),
            Map.entry("128", "entity's tax id"),
            Map.entry("145", "entity's specialty/taxonomy code"),
            Map.entry("153", "entity's id number"),
            Map.entry("158", "entity's date of birth"),
            Map.entry("164", "entity's contract/member number"),
            Map.entry("187", "date(s) of service"),
            Map.entry("247", "line information"),
            Map.entry("249", "place of service code"),
            Map.entry("254", "principal diagnosis code"),
            Map.entry("255", "diagnosis code"),
            Map.entry("453", "procedure code modifier(s) for service(s) rendered"),
            Map.entry("454", "procedure code for services rendered"),
            Map.entry("562", "entity's National Provider Identifier (NPI)"));

    private static final Map<String, String> ENTITY = Map.ofEntries(
            Map.entry("03", "dependent"),
            Map.entry("40", "receiver"),
            Map.entry("41", "submitter"),
            Map.entry("77", "service location"),
            Map.entry("82", "rendering provider"),
            Map.entry("85", "billing provider"),
            Map.entry("87", "pay-to provider"),
            Map.entry("DK", "ordering provider"),
            Map.entry("DN", "referring provider"),
            Map.entry("IL", "subscriber"),
            Map.entry("PR", "payer"),
            Map.entry("QC", "patient"));

    private static final Set<String> CODING = Set.of("254", "255", "453", "454");
    private static final Set<String> ELIGIBILITY = Set.of("27", "29", "30", "31", "32", "33", "88", "109", "164");
    private static final Set<String> DUPLICATE = Set.of("54", "78");
    private static final Set<String> PROVIDER_STATUS = Set.of("24", "128", "145", "562");
    private static final Set<String> PROVIDERS = Set.of("77", "82", "85", "87", "DK", "DN");
    private static final Set<String> INSUREDS = Set.of("03", "IL", "QC");

    private RejectionCodes() {
    }

    /** The status code in words, e.g. "entity's National Provider Identifier (NPI)"; the code itself if unknown. */
    public static String status(String code) {
        return code == null ? null : STATUS.getOrDefault(code, "claim status code " + code);
    }

    /** The entity in words, e.g. "billing provider"; the code itself if unknown. */
    public static String entity(String code) {
        return code == null ? null : ENTITY.getOrDefault(code, "entity " + code);
    }

    /**
     * The kind of fix a 277CA status asks for: codes about diagnoses and procedures are CODING, subscriber and
     * member data ELIGIBILITY, provider identifiers (or any status about a provider entity) PROVIDER, the payer
     * PAYER_DATA.
     */
    public static RejectionCategory category(String statusCode, String entityCode) {
        if (statusCode != null) {
            if (CODING.contains(statusCode)) {
                return RejectionCategory.CODING;
            }
            if (DUPLICATE.contains(statusCode)) {
                return RejectionCategory.DUPLICATE;
            }
            if (ELIGIBILITY.contains(statusCode)) {
                return RejectionCategory.ELIGIBILITY;
            }
            if (PROVIDER_STATUS.contains(statusCode)) {
                return RejectionCategory.PROVIDER;
            }
            if ("116".equals(statusCode)) {
                return RejectionCategory.PAYER_DATA;
            }
        }
        if (entityCode != null) {
            if (PROVIDERS.contains(entityCode)) {
                return RejectionCategory.PROVIDER;
            }
            if (INSUREDS.contains(entityCode)) {
                return RejectionCategory.ELIGIBILITY;
            }
            if ("PR".equals(entityCode)) {
                return RejectionCategory.PAYER_DATA;
            }
        }
        return RejectionCategory.OTHER;
    }

    /**
     * A readable rejection, e.g. "A7 rejected for invalid information: entity's National Provider Identifier (NPI)
     * (billing provider)", with the payer's own words after it when it gave any.
     */
    public static String text(String statusCategory, String statusCode, String entityCode, String freeText) {
        StringBuilder text = new StringBuilder(statusCategory == null ? "" : statusCategory);
        String category = categoryWords(statusCategory);
        if (category != null) {
            text.append(' ').append(category);
        }
        if (statusCode != null) {
            text.append(": ").append(status(statusCode));
        }
        if (entityCode != null) {
            text.append(" (").append(entity(entityCode)).append(')');
        }
        if (freeText != null && !freeText.isBlank()) {
            text.append(" - ").append(freeText.strip());
        }
        return text.toString().strip();
    }

    private static String categoryWords(String statusCategory) {
        if (statusCategory == null) {
            return null;
        }
        return switch (statusCategory) {
            case "A3" -> "returned as unprocessable";
            case "A4" -> "not found";
            case "A6" -> "rejected for missing information";
            case "A7" -> "rejected for invalid information";
            case "A8" -> "rejected for relational field in error";
            default -> null;
        };
    }
}
