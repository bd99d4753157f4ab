package org.openrcm.claims.domain;

import java.util.ArrayList;
import java.util.List;

import org.openrcm.events.common.ValidationIssue;

/**
 * The checks a claim must pass before it may go to the clearinghouse: that the practice can bill (a billing
 * profile), that every line has a price, and that the claim fits an 837P (member id, the subscriber when not the patient, at most 12 diagnoses and 50
 * lines, pointers that point at a diagnosis). A claim with issues waits in the biller's queue.
 */
public final class ClaimScrubber {

    /** 837P HI segments carry at most 12 diagnoses. */
    public static final int MAX_DIAGNOSES = 12;
    /** An 837P claim has at most 50 service lines (loop 2400). */
    public static final int MAX_LINES = 50;
    public static final String NO_BILLING_PROFILE = "NO_BILLING_PROFILE";
    /** Individual relationship code: the patient is the subscriber. */
    static final String SELF = "18";

    private ClaimScrubber() {
    }

    public static List<ValidationIssue> scrub(ClaimDraft claim) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (!claim.billingProfilePresent()) {
            issues.add(noBillingProfile());
        }
        if (isBlank(claim.coverage().memberId())) {
            issues.add(new ValidationIssue("MISSING_MEMBER_ID", "coverage.memberId",
                    "The subscriber's member id is missing"));
        }
        if (!SELF.equals(claim.coverage().relationshipCode()) && claim.subscriber() == null) {
            issues.add(new ValidationIssue("MISSING_SUBSCRIBER", "subscriber", "The patient is not the subscriber"
                    + " (relationship " + claim.coverage().relationshipCode() + "); the subscriber's name, birth"
                    + " date, sex and address are needed"));
        }
        if (isBlank(claim.coverage().payerId())) {
            issues.add(new ValidationIssue("MISSING_PAYER_ID", "coverage.payerId", "The payer id is missing"));
        }
        int diagnoses = claim.diagnosisCodes().size();
        if (diagnoses == 0) {
            issues.add(new ValidationIssue("NO_DIAGNOSIS", "diagnosisCodes", "The claim has no diagnosis"));
        } else if (diagnoses > MAX_DIAGNOSES) {
            issues.add(new ValidationIssue("TOO_MANY_DIAGNOSES", "diagnosisCodes",
                    diagnoses + " diagnoses; a claim carries at most " + MAX_DIAGNOSES));
        }
        if (claim.lines().isEmpty()) {
            issues.add(new ValidationIssue("NO_SERVICE_LINES", "lines", "The claim has no service line"));
        } else if (claim.lines().size() > MAX_LINES) {
            issues.add(new ValidationIssue("TOO_MANY_LINES", "lines",
                    claim.lines().size() + " service lines; a claim carries at most " + MAX_LINES));
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            checkLine(i, claim.lines().get(i), diagnoses, issues);
        }
        return List.copyOf(issues);
    }

    public static ValidationIssue noBillingProfile() {
        return new ValidationIssue(NO_BILLING_PROFILE, null,
                "The practice has no billing profile (billing NPI, tax id, address)");
    }

    private static void checkLine(int index, PricedLine line, int diagnoses, List<ValidationIssue> issues) {
        String code = line.procedure().code();
        if (!line.priced()) {
            issues.add(new ValidationIssue("NO_FEE_SCHEDULE_ENTRY", "lines[" + index + "].procedureCode",
                    "The fee schedule has no fee for " + code));
        }
        for (int pointer : line.procedure().diagnosisPointers()) {
            if (pointer > diagnoses) {
                issues.add(new ValidationIssue("DIAGNOSIS_POINTER_OUT_OF_RANGE", "lines[" + index
                        + "].diagnosisPointers", "Pointer " + pointer + " but only " + diagnoses + " diagnoses"));
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
