package org.openrcm.simulator.adjudication;

import java.util.Set;

/**
 * The edits a payer runs on a claim before it takes it into adjudication (the 277CA), deterministic by the claim's
 * content so that tests and the demo can rely on them. In order, the first that fails rejects the claim:
 * <ol>
 * <li>a member id that is blank or starts with {@value #INVALID_MEMBER_PREFIX}: A7:164:IL (invalid member
 * number); one that starts with {@value #UNKNOWN_MEMBER_PREFIX}: A7:33:IL (subscriber not found);</li>
 * <li>no diagnosis: A6:254; a principal diagnosis the payer's code set does not hold as billable
 * ({@link #INVALID_DIAGNOSES}): A7:254; any other such diagnosis: A7:255;</li>
 * <li>a service that needs an ordering/referring provider ({@link #REFERRAL_PROCEDURES}) billed to a payer that
 * enforces it ({@link #REFERRAL_PAYERS}) without 2310A: A6:562:DN (referring provider NPI missing).</li>
 * </ol>
 * Every other claim is accepted for processing (A2:20:PR).
 */
public final class FrontEndEdits {

    public static final String INVALID_MEMBER_PREFIX = "REJ";
    public static final String UNKNOWN_MEMBER_PREFIX = "UNK";
    /** Category and header codes (not billable) and codes deleted from ICD-10-CM in recent years. */
    public static final Set<String> INVALID_DIAGNOSES = Set.of("E11", "I25", "J06", "J44", "K21", "M545", "R05",
            "Z00");
    /** Chest X-ray: the payers of {@link #REFERRAL_PAYERS} pay diagnostic imaging only when it names who ordered it. */
    public static final Set<String> REFERRAL_PROCEDURES = Set.of("71046");
    public static final Set<String> REFERRAL_PAYERS = Set.of("UHC01");

    private FrontEndEdits() {
    }

    public static FrontEndDecision review(PayerClaim claim) {
        String memberId = claim.memberId() == null ? "" : claim.memberId().trim();
        if (memberId.isEmpty() || memberId.startsWith(INVALID_MEMBER_PREFIX)) {
            return FrontEndDecision.invalid("164", "IL", "Subscriber's contract/member number is invalid");
        }
        if (memberId.startsWith(UNKNOWN_MEMBER_PREFIX)) {
            return FrontEndDecision.invalid("33", "IL", "Subscriber and subscriber id not found");
        }
        if (claim.diagnoses().isEmpty()) {
            return FrontEndDecision.missing("254", null, "Principal diagnosis code is missing");
        }
        String principal = claim.diagnoses().get(0);
        if (INVALID_DIAGNOSES.contains(principal)) {
            return FrontEndDecision.invalid("254", null,
                    "Principal diagnosis code " + principal + " is not a valid billable ICD-10-CM code");
        }
        for (String diagnosis : claim.diagnoses().subList(1, claim.diagnoses().size())) {
            if (INVALID_DIAGNOSES.contains(diagnosis)) {
                return FrontEndDecision.invalid("255", null,
                        "Diagnosis code " + diagnosis + " is not a valid billable ICD-10-CM code");
            }
        }
        if (REFERRAL_PAYERS.contains(claim.payerId()) && isBlank(claim.referringProviderNpi())
                && claim.lines().stream().anyMatch(line -> REFERRAL_PROCEDURES.contains(line.procedureCode()))) {
            return FrontEndDecision.missing("562", "DN", "Referring provider NPI is required for diagnostic imaging");
        }
        return FrontEndDecision.ACCEPTED;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
