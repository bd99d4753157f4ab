package org.openrcm.coding.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openrcm.events.common.ValidationIssue;

/**
 * Decides whether an encounter is coded automatically: every error-severity edit passes and, when computer-assisted
 * coding chose the codes, its confidence reaches the practice's threshold. Without a confidence (the provider's own
 * superbill codes) the edits alone decide.
 */
public final class CodingRouter {

    static final String LOW_CONFIDENCE = "CAC-CONFIDENCE";

    /** @param reasons why a coder must look, empty when coded automatically */
    public record Decision(boolean autoCoded, List<ValidationIssue> reasons) {
    }

    private CodingRouter() {
    }

    /** @param confidence the suggestions' confidence in [0, 1], or null when no suggestion chose the codes */
    public static Decision decide(List<EditFinding> findings, BigDecimal confidence, BigDecimal threshold) {
        List<ValidationIssue> reasons = new ArrayList<>();
        findings.stream().filter(EditFinding::blocking).map(EditFinding::toIssue).forEach(reasons::add);
        if (confidence != null && confidence.compareTo(threshold) < 0) {
            reasons.add(new ValidationIssue(LOW_CONFIDENCE, null, "Suggested codes' confidence "
                    + confidence.toPlainString() + " is below the practice's auto-coding threshold "
                    + threshold.toPlainString()));
        }
        return new Decision(reasons.isEmpty(), List.copyOf(reasons));
    }
}
