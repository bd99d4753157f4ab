package org.openrcm.deploy.stack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The business figures of a run, from the events as an outside subscriber reads them (by {@code ce_type} and JSON
 * field, so that any version of a contract is read): clean claims (accepted on their first submission), rejections
 * by reason, denials by CARC, and what patients owe for their claims as they now stand. Not thread-safe: the
 * {@link EventTap} calls it under its lock.
 */
final class CycleFigures {

    private static final Set<String> COST_SHARING = Set.of("1", "2", "3");

    private final Map<String, Boolean> firstAcknowledgment = new HashMap<>();
    private final Map<String, Integer> acknowledgments = new HashMap<>();
    private final Set<String> acceptedClaims = new HashSet<>();
    private final Set<String> scrubFailedClaims = new HashSet<>();
    private final Set<String> determinedClaims = new HashSet<>();
    private final Set<String> claimsCreated = new HashSet<>();
    private final Map<String, Integer> rejectionsByReason = new TreeMap<>();
    private final Set<String> rejectedClaims = new HashSet<>();
    private final Set<String> resubmittedClaims = new HashSet<>();
    private final Set<String> adjudicatedClaims = new HashSet<>();
    private final Set<String> deniedClaims = new HashSet<>();
    private final Map<String, Integer> denialsByCarc = new TreeMap<>();
    private final Map<String, BigDecimal> patientShareNow = new LinkedHashMap<>();
    private final Map<String, Integer> patientShareRevision = new HashMap<>();
    private BigDecimal paidNet = BigDecimal.ZERO;

    /** @param type the event's {@code ce_type} */
    void record(String type, String subject, JsonNode event) {
        String name = eventName(type);
        switch (name) {
            case "ClaimCreated" -> claimsCreated.add(subject);
            case "ClaimScrubFailed" -> scrubFailedClaims.add(subject);
            case "ClaimAccepted" -> {
                firstAcknowledgment.putIfAbsent(subject, true);
                acknowledgments.merge(subject, 1, Integer::sum);
                acceptedClaims.add(subject);
            }
            case "ClaimRejected" -> {
                firstAcknowledgment.putIfAbsent(subject, false);
                acknowledgments.merge(subject, 1, Integer::sum);
                rejectedClaims.add(subject);
                rejectionsByReason.merge(rejectionReason(event), 1, Integer::sum);
            }
            case "ClaimResubmitted" -> resubmittedClaims.add(subject);
            case "PaymentPosted" -> {
                adjudicatedClaims.add(subject);
                paidNet = paidNet.add(amount(event, "paidAmount"));
            }
            case "PaymentReversed" -> paidNet = paidNet.subtract(amount(event, "paidAmount"));
            case "ClaimDenied" -> {
                adjudicatedClaims.add(subject);
                if (deniedClaims.add(subject)) {
                    denialCarcs(event).forEach(carc -> denialsByCarc.merge(carc, 1, Integer::sum));
                }
            }
            case "PatientResponsibilityDetermined" -> {
                determinedClaims.add(subject);
                if (type.endsWith(".v1")) {
                    // v1 announces one adjudication's share; once a claim has v2 events they say it all
                    if (!patientShareRevision.containsKey(subject)) {
                        patientShareNow.merge(subject, amount(event, "amount"), BigDecimal::add);
                    }
                } else {
                    int revision = event.path("revision").asInt();
                    if (revision > patientShareRevision.getOrDefault(subject, 0)) {
                        patientShareRevision.put(subject, revision);
                        patientShareNow.put(subject, amount(event, "amount"));
                    }
                }
            }
            default -> {
                // not a figure of the report
            }
        }
    }

    /** Claims accepted on their first submission, of the claims created (a claim held by the scrubber is not clean). */
    int cleanClaims() {
        return (int) firstAcknowledgment.values().stream().filter(Boolean::booleanValue).count();
    }

    /** Claims acknowledged (accepted or rejected) at least {@code times} times. */
    int acknowledged(int times) {
        return (int) acknowledgments.values().stream().filter(count -> count >= times).count();
    }

    /** Claims acknowledged at least {@code times} times, of these. */
    int acknowledged(Set<String> claimIds, int times) {
        return (int) claimIds.stream().filter(claimId -> acknowledgments.getOrDefault(claimId, 0) >= times).count();
    }

    int scrubFailed() {
        return scrubFailedClaims.size();
    }

    /** Accepted claims a payer has not paid or denied yet. */
    int acceptedNotAdjudicated() {
        return (int) acceptedClaims.stream().filter(claimId -> !adjudicatedClaims.contains(claimId)).count();
    }

    /** Adjudicated claims whose patient responsibility has not been determined yet. */
    int adjudicatedNotDetermined() {
        return (int) adjudicatedClaims.stream().filter(claimId -> !determinedClaims.contains(claimId)).count();
    }

    int claimsCreated() {
        return claimsCreated.size();
    }

    Map<String, Integer> rejectionsByReason() {
        return Map.copyOf(rejectionsByReason);
    }

    Set<String> rejectedClaims() {
        return Set.copyOf(rejectedClaims);
    }

    int resubmittedClaims() {
        return resubmittedClaims.size();
    }

    int adjudicatedClaims() {
        return adjudicatedClaims.size();
    }

    int deniedClaims() {
        return deniedClaims.size();
    }

    Map<String, Integer> denialsByCarc() {
        return Map.copyOf(denialsByCarc);
    }

    /** What patients owe for their claims as they now stand (the last determination of each claim). */
    BigDecimal patientResponsibilityNow() {
        return patientShareNow.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What payers paid: postings less reversals. */
    BigDecimal paidNet() {
        return paidNet;
    }

    /**
     * The status codes with what they mean, e.g. {@code A7:164:IL A7 rejected for invalid information: ...}; the
     * particulars of one claim after " - " (e.g. which code was invalid) are left out so that like rejections count
     * together.
     */
    private static String rejectionReason(JsonNode event) {
        List<String> code = new ArrayList<>();
        for (String field : List.of("statusCategory", "statusCode", "entityCode")) {
            String value = event.path(field).asText("");
            if (!value.isBlank() && !value.equals("null")) {
                code.add(value);
            }
        }
        String reason = event.path("reason").asText("");
        int particulars = reason.indexOf(" - ");
        reason = particulars < 0 ? reason : reason.substring(0, particulars);
        return String.join(":", code) + (reason.isBlank() ? "" : " " + reason);
    }

    /** The group and reason of the denial adjustments (cost sharing and CO-45 are not why a claim is denied). */
    private static Set<String> denialCarcs(JsonNode event) {
        Set<String> carcs = new java.util.TreeSet<>();
        for (JsonNode adjustment : event.path("adjustments")) {
            String reason = adjustment.path("reasonCode").asText();
            if (!reason.equals("45") && !COST_SHARING.contains(reason)) {
                carcs.add(adjustment.path("groupCode").asText() + "-" + reason);
            }
        }
        if (carcs.isEmpty()) {
            carcs.add("(no CARC)");
        }
        return carcs;
    }

    private static BigDecimal amount(JsonNode event, String field) {
        JsonNode value = event.path(field);
        return value.isMissingNode() || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }

    /** {@code org.openrcm.claims.ClaimRejected.v1} gives {@code ClaimRejected}. */
    static String eventName(String ceType) {
        String withoutVersion = ceType.replaceFirst("\\.v\\d+$", "");
        return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
    }
}
