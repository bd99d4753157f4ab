package org.openrcm.deploy.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bureau's biller in the demo, working each practice's rejection queue in claims-service once the claims have
 * settled: a member id the payer rejected (277CA A7:164 or A7:33, entity IL) is replaced by the one on the
 * patient's card, an outdated diagnosis code (A7:254 or A7:255) by the billable code it became; then the claim is
 * resubmitted. What the practice's records cannot fix (e.g. a missing referring provider) stays in the queue.
 */
public final class DemoBiller {

    static final String USER = "demo-biller";
    static final String MEMBER_ID = "member id";
    static final String DIAGNOSIS = "diagnosis code";

    /**
     * What the biller did.
     *
     * @param claimIds    the claims corrected and resubmitted
     * @param corrections corrected claims by what was corrected
     * @param leftInQueue rejected claims the biller could not correct
     */
    public record Corrections(Set<String> claimIds, Map<String, Integer> corrections, int leftInQueue) {

        public static final Corrections NONE = new Corrections(Set.of(), Map.of(), 0);

        public int resubmitted() {
            return claimIds.size();
        }
    }

    /** The body of claims-service's {@code PATCH /claims/{claimId}}; null fields stay as they are. */
    record ClaimCorrection(String memberId, List<String> diagnosisCodes) {
    }

    private final DemoWorkload workload;
    private final PrintStream out;

    public DemoBiller(DemoWorkload workload, PrintStream out) {
        this.workload = workload;
        this.out = out;
    }

    /**
     * Corrects and resubmits what it can of every practice's rejection queue.
     *
     * @param memberIds the member id each patient's claims were sent with, by {@code tenant/patientId}
     */
    public Corrections work(List<DemoTenant> tenants, Map<String, String> memberIds) {
        Set<String> resubmitted = new TreeSet<>();
        int left = 0;
        Map<String, Integer> corrections = new TreeMap<>();
        for (DemoTenant tenant : tenants) {
            for (JsonNode claim : workload.rejectionQueue(tenant)) {
                String memberId = memberIds.get(tenant.tenantId() + "/" + claim.path("patientId").asText());
                Optional<ClaimCorrection> correction = correctionOf(claim, memberId);
                if (correction.isEmpty()) {
                    left++;
                    continue;
                }
                String claimId = claim.path("claimId").asText();
                workload.correctClaim(tenant, claimId, correction.get(), USER);
                workload.resubmitClaim(tenant, claimId, USER);
                corrections.merge(correction.get().memberId() != null ? MEMBER_ID : DIAGNOSIS, 1, Integer::sum);
                resubmitted.add(claimId);
            }
        }
        out.println("The demo biller corrected and resubmitted " + resubmitted.size() + " rejected claims (" + left
                + " left in the rejection queue)");
        return new Corrections(Set.copyOf(resubmitted), Map.copyOf(corrections), left);
    }

    /** What the biller changes on a rejected claim, or empty when the practice's records cannot fix it. */
    static Optional<ClaimCorrection> correctionOf(JsonNode claim, String memberIdSent) {
        for (JsonNode reason : claim.path("rejectionReasons")) {
            String code = reason.path("statusCode").asText();
            String entity = reason.path("entityCode").asText("");
            if ((code.equals("164") || code.equals("33")) && entity.equals("IL") && memberIdSent != null) {
                String corrected = EncounterGenerator.correctedMemberId(claim.path("payerId").asText(), memberIdSent);
                if (!corrected.equals(memberIdSent)) {
                    return Optional.of(new ClaimCorrection(corrected, null));
                }
            }
            if (code.equals("254") || code.equals("255")) {
                List<String> diagnoses = new ArrayList<>();
                boolean changed = false;
                for (JsonNode diagnosis : claim.path("diagnosisCodes")) {
                    String replacement = EncounterGenerator.OUTDATED_DIAGNOSES.get(diagnosis.asText());
                    changed |= replacement != null;
                    diagnoses.add(replacement != null ? replacement : diagnosis.asText());
                }
                if (changed && diagnoses.stream().distinct().count() == diagnoses.size()) {
                    return Optional.of(new ClaimCorrection(null, List.copyOf(diagnoses)));
                }
            }
        }
        return Optional.empty();
    }
}
