package org.openrcm.simulator.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of claims sent by a billing office (the JSON stand-in for an 837P interchange).
 *
 * @param submissionId the sender's batch id; a batch sent again under the same id is not processed twice
 */
public record Submission(String submissionId, String tenantId, List<SubmittedClaim> claims) {

    /** What is missing or unusable in this submission, as {@code field: message} lines; empty when it is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        requireText(problems, "submissionId", submissionId);
        requireText(problems, "tenantId", tenantId);
        if (claims == null || claims.isEmpty()) {
            problems.add("claims: at least one claim is required");
            return problems;
        }
        for (int i = 0; i < claims.size(); i++) {
            SubmittedClaim claim = claims.get(i);
            String at = "claims[" + i + "]";
            if (claim == null) {
                problems.add(at + ": must not be null");
                continue;
            }
            requireText(problems, at + ".claimId", claim.claimId());
            requireText(problems, at + ".payerId", claim.payerId());
            if (claim.lines() == null || claim.lines().isEmpty()) {
                problems.add(at + ".lines: at least one line is required");
                continue;
            }
            for (int j = 0; j < claim.lines().size(); j++) {
                SubmittedLine line = claim.lines().get(j);
                if (line == null || line.charge() == null || line.charge().signum() < 0) {
                    problems.add(at + ".lines[" + j + "].charge: a charge of zero or more is required");
                }
            }
        }
        return problems;
    }

    private static void requireText(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": is required");
        }
    }
}
