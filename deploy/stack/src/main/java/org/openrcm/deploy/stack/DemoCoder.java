package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bureau's coder in the demo, working each practice's coding review queue in coding-service once the encounters
 * are in: an outdated diagnosis code (a category header or deleted code an edit stopped) is replaced by the billable
 * code it became, and the codes are sent back ({@code PUT /encounters/{id}/codes}); coding-service re-runs its edits
 * and codes the encounter when they pass. What the coder cannot fix stays in review.
 */
public final class DemoCoder {

    static final String USER = "demo-coder";

    /**
     * What the coder found and did.
     *
     * @param sentToReview encounters the coding edits stopped
     * @param editsFired   failed edits by id, over the encounters sent to review
     * @param corrected    encounters the coder corrected and coding-service then coded
     * @param leftInReview encounters still waiting for a coder
     */
    public record Review(int sentToReview, Map<String, Integer> editsFired, int corrected, int leftInReview) {
    }

    /** The body of coding-service's {@code PUT /encounters/{id}/codes}. */
    record Codes(List<String> diagnoses, List<JsonNode> procedures) {
    }

    private final DemoWorkload workload;
    private final PrintStream out;

    public DemoCoder(DemoWorkload workload, PrintStream out) {
        this.workload = workload;
        this.out = out;
    }

    public Review work(List<DemoTenant> tenants) {
        int sent = 0;
        int corrected = 0;
        int left = 0;
        Map<String, Integer> edits = new TreeMap<>();
        for (DemoTenant tenant : tenants) {
            for (JsonNode encounter : workload.codingReviewQueue(tenant)) {
                sent++;
                encounter.path("edits").forEach(edit -> {
                    if (edit.path("severity").asText().equals("ERROR")) {
                        edits.merge(edit.path("editId").asText(), 1, Integer::sum);
                    }
                });
                Optional<Codes> codes = correctionOf(encounter);
                if (codes.isPresent() && workload.correctCodes(tenant, encounter.path("encounterId").asText(),
                        codes.get(), USER).path("status").asText().equals("CODED")) {
                    corrected++;
                } else {
                    left++;
                }
            }
        }
        out.println("The demo coder corrected " + corrected + " of " + sent + " encounters sent to coding review");
        return new Review(sent, Map.copyOf(edits), corrected, left);
    }

    /** The encounter's codes with each outdated diagnosis replaced, or empty when none is outdated. */
    static Optional<Codes> correctionOf(JsonNode encounter) {
        List<String> diagnoses = new ArrayList<>();
        boolean changed = false;
        for (JsonNode diagnosis : encounter.path("diagnoses")) {
            String replacement = EncounterGenerator.OUTDATED_DIAGNOSES.get(diagnosis.asText());
            changed |= replacement != null;
            diagnoses.add(replacement != null ? replacement : diagnosis.asText());
        }
        if (!changed || diagnoses.stream().distinct().count() != diagnoses.size()) {
            return Optional.empty();
        }
        List<JsonNode> procedures = new ArrayList<>();
        encounter.path("procedures").forEach(procedures::add);
        return Optional.of(new Codes(List.copyOf(diagnoses), List.copyOf(procedures)));
    }
}
