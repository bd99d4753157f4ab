package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a payer adjudicates an accepted claim, line by line, deterministic by the claim's content:
 * <ul>
 * <li>a denied line pays nothing: a lab venipuncture billed with a lab panel to a payer that bundles it is CO-97
 * (RARC M15); an ECG billed to a payer that checks medical necessity without a cardiovascular or diabetic
 * diagnosis among the line's pointers is CO-50 (N115); the Medicare annual wellness visit billed to a commercial
 * payer is not covered and the patient's, PR-96 (N130);</li>
 * <li>any other line is allowed at the contract's ratio of its charge (the rest CO-45), then a member of a
 * high-deductible plan pays the contract's deductible first (PR-1, across the claim's lines in order), then the
 * patient owes the office-visit copay on an E/M line when the plan has one (PR-3), otherwise coinsurance on what
 * is left (PR-2); the payer pays the rest. Amounts are rounded to the cent HALF_UP per line;</li>
 * <li>a claim whose lines are all denied is CLP02 4, or CLP02 1 with nothing paid for a payer that reports denials
 * that way; any other claim CLP02 1.</li>
 * </ul>
 * So every line balances (charge - adjustments = paid) and every claim does, being its lines' sums.
 */
public final class Adjudicator {

    static final String CONTRACTUAL_OBLIGATION = "45";
    static final String DEDUCTIBLE = "1";
    static final String COINSURANCE = "2";
    static final String COPAY = "3";
    static final Set<String> COST_SHARING = Set.of(DEDUCTIBLE, COINSURANCE, COPAY);
    static final String NOT_MEDICALLY_NECESSARY = "50";
    static final String NON_COVERED = "96";
    static final String BUNDLED = "97";
    /** OA-23: the impact of the prior payer's adjudication, on a secondary payer's remittance. */
    static final String PRIOR_PAYER = "23";

    public static final Set<String> OFFICE_VISITS = Set.of("99202", "99203", "99204", "99205", "99211", "99212",
            "99213", "99214", "99215");
    public static final String VENIPUNCTURE = "36415";
    public static final Set<String> LAB_PANELS = Set.of("80053", "85025");
    public static final Set<String> BUNDLING_PAYERS = Set.of("AETNA01");
    public static final String ECG = "93000";
    /** Diagnoses that support an ECG: hypertension, type 2 diabetes, hyperlipidemia, coronary disease, chest pain. */
    public static final Set<String> ECG_INDICATIONS = Set.of("I10", "E119", "E785", "I2510", "R079", "R0789");
    public static final Set<String> MEDICAL_NECESSITY_PAYERS = Set.of("UHC01");
    public static final String ANNUAL_WELLNESS_VISIT = "G0439";
    public static final Set<String> MEDICARE_PAYERS = Set.of("MCR01");
    /** The share of members on a high-deductible plan, and of members with a secondary payer. */
    public static final int HIGH_DEDUCTIBLE_PERCENT = 20;
    public static final int SECONDARY_PAYER_PERCENT = 10;
    /** What a corrected adjudication adds to the allowed ratio: a retroactive fee schedule update. */
    static final BigDecimal CORRECTION_RATIO_INCREASE = new BigDecimal("0.05");

    private final PayerContracts contracts;

    public Adjudicator(PayerContracts contracts) {
        this.contracts = contracts;
    }

    public PayerContract contractOf(String payerId) {
        return contracts.of(payerId);
    }

    /** The claim's adjudication as the primary payer. */
    public RemittedClaim adjudicate(PayerClaim claim, String payerClaimNumber) {
        PayerContract contract = contracts.of(claim.payerId());
        return adjudicate(claim, payerClaimNumber, contract, contract.allowedRatio(), List.of());
    }

    /** The adjudication that replaces an earlier one after the payer updated its fee schedule (remark MA67). */
    public RemittedClaim corrected(PayerClaim claim, String payerClaimNumber) {
        PayerContract contract = contracts.of(claim.payerId());
        return adjudicate(claim, payerClaimNumber, contract,
                contract.allowedRatio().add(CORRECTION_RATIO_INCREASE), List.of("MA67"));
    }

    /**
     * What the member's secondary payer pays after the primary: the coinsurance (PR-2) the primary left to the
     * patient; the rest of each line is OA-23 (the prior payer's adjudication) and the patient still owes the
     * deductible, copay and non-covered amounts.
     *
     * @return empty when there is no coinsurance to pay
     */
    public Optional<RemittedClaim> secondary(RemittedClaim primary, String secondaryClaimNumber) {
        if (primary.lines().stream().allMatch(line -> line.amountOf(Adjustment.PATIENT, COINSURANCE).signum() == 0)) {
            return Optional.empty();
        }
        List<RemittedLine> lines = new ArrayList<>();
        for (RemittedLine line : primary.lines()) {
            BigDecimal coinsurance = line.amountOf(Adjustment.PATIENT, COINSURANCE);
            List<Adjustment> adjustments = new ArrayList<>();
            BigDecimal prior = line.charge().subtract(line.patientResponsibility());
            if (prior.signum() != 0) {
                adjustments.add(new Adjustment(Adjustment.OTHER, PRIOR_PAYER, prior));
            }
            line.adjustments().stream()
                    .filter(adjustment -> adjustment.isPatientResponsibility()
                            && !COINSURANCE.equals(adjustment.reasonCode()))
                    .forEach(adjustments::add);
            lines.add(new RemittedLine(line.line(), line.charge(), coinsurance, adjustments, List.of()));
        }
        return Optional.of(new RemittedClaim(primary.claim(), RemittedClaim.SECONDARY, secondaryClaimNumber, lines,
                List.of()));
    }

    /** Whether the member's plan has a deductible (PR-1) on each claim. */
    public static boolean hasHighDeductible(String memberId) {
        return StableShare.within(memberId, "high-deductible", HIGH_DEDUCTIBLE_PERCENT);
    }

    /** Whether the member has a secondary payer ({@link PayerContracts#SECONDARY_PAYER_ID}). */
    public static boolean hasSecondaryPayer(String memberId) {
        return StableShare.within(memberId, "secondary-payer", SECONDARY_PAYER_PERCENT);
    }

    private RemittedClaim adjudicate(PayerClaim claim, String payerClaimNumber, PayerContract contract,
            BigDecimal allowedRatio, List<String> claimRemarks) {
        BigDecimal deductibleLeft = hasHighDeductible(claim.memberId()) ? contract.deductible() : BigDecimal.ZERO;
        List<RemittedLine> lines = new ArrayList<>();
        for (PayerClaimLine line : claim.lines()) {
            BigDecimal charge = cents(line.charge());
            Optional<RemittedLine> denied = denial(claim, line, charge);
            if (denied.isPresent()) {
                lines.add(denied.get());
                continue;
            }
            List<Adjustment> adjustments = new ArrayList<>();
            BigDecimal allowed = cents(charge.multiply(allowedRatio));
            add(adjustments, Adjustment.CONTRACTUAL, CONTRACTUAL_OBLIGATION, charge.subtract(allowed));
            BigDecimal left = allowed;
            BigDecimal deductible = deductibleLeft.min(left);
            add(adjustments, Adjustment.PATIENT, DEDUCTIBLE, deductible);
            deductibleLeft = deductibleLeft.subtract(deductible);
            left = left.subtract(deductible);
            if (contract.officeVisitCopay().signum() > 0 && OFFICE_VISITS.contains(line.procedureCode())) {
                BigDecimal copay = contract.officeVisitCopay().min(left);
                add(adjustments, Adjustment.PATIENT, COPAY, copay);
                left = left.subtract(copay);
            } else {
                BigDecimal coinsurance = cents(left.multiply(contract.coinsuranceRate()));
                add(adjustments, Adjustment.PATIENT, COINSURANCE, coinsurance);
                left = left.subtract(coinsurance);
            }
            lines.add(new RemittedLine(line, charge, left, adjustments, List.of()));
        }
        boolean allDenied = lines.stream().allMatch(RemittedLine::denied);
        String status = allDenied && !contract.deniesAsZeroPay() ? RemittedClaim.DENIED : RemittedClaim.PRIMARY;
        return new RemittedClaim(claim, status, payerClaimNumber, lines, claimRemarks);
    }

    private static Optional<RemittedLine> denial(PayerClaim claim, PayerClaimLine line, BigDecimal charge) {
        String code = line.procedureCode();
        if (code.equals(VENIPUNCTURE) && BUNDLING_PAYERS.contains(claim.payerId())
                && LAB_PANELS.stream().anyMatch(claim::hasProcedure)) {
            return Optional.of(denied(line, charge, Adjustment.CONTRACTUAL, BUNDLED, "M15"));
        }
        if (code.equals(ECG) && MEDICAL_NECESSITY_PAYERS.contains(claim.payerId())
                && claim.diagnosesOf(line).stream().noneMatch(ECG_INDICATIONS::contains)) {
            return Optional.of(denied(line, charge, Adjustment.CONTRACTUAL, NOT_MEDICALLY_NECESSARY, "N115"));
        }
        if (code.equals(ANNUAL_WELLNESS_VISIT) && !MEDICARE_PAYERS.contains(claim.payerId())) {
            return Optional.of(denied(line, charge, Adjustment.PATIENT, NON_COVERED, "N130"));
        }
        return Optional.empty();
    }

    private static RemittedLine denied(PayerClaimLine line, BigDecimal charge, String group, String reason,
            String remark) {
        List<Adjustment> adjustments = charge.signum() == 0 ? List.of() : List.of(new Adjustment(group, reason, charge));
        return new RemittedLine(line, charge, charge.subtract(charge), adjustments, List.of(remark));
    }

    private static void add(List<Adjustment> adjustments, String group, String reason, BigDecimal amount) {
        if (amount.signum() != 0) {
            adjustments.add(new Adjustment(group, reason, amount));
        }
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
