package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the claims a payer accepted into the remittances that pay them, in two waves as real payers send them:
 * <ul>
 * <li><b>first</b>: one ERA per payer and payee with each claim's adjudication; a claim picked for splitting
 * (several lines, {@link #SPLIT_PERCENT} % of claims by patient control number) carries all but its last line here
 * (remark MA15); a payer with prompt-pay interest adds PLB L6 interest for each claim it pays more than
 * {@value #PROMPT_PAY_DAYS} days after the date of service;</li>
 * <li><b>second</b>: the last line of each split claim (remark MA15, its own payer claim number); for the claims
 * picked for correction ({@link #REVERSED_PERCENT} %) that were paid, the reversal of the first payment (CLP02 22)
 * followed by the corrected claim (MA67); and, in ERAs of the secondary payer, the crossover of each claim whose
 * member has a secondary payer (CLP02 2).</li>
 * </ul>
 * The picks are exclusive: a split or corrected claim has no crossover.
 */
public final class RemittancePlanner {

    public static final int REVERSED_PERCENT = 4;
    public static final int SPLIT_PERCENT = 8;
    static final int PROMPT_PAY_DAYS = 30;
    /** Yearly prompt-pay interest rate. */
    static final BigDecimal INTEREST_RATE = new BigDecimal("0.09");

    /** What happens to an accepted claim after its first adjudication. */
    public enum Treatment {
        /** Paid once; a crossover follows when the member has a secondary payer. */
        REGULAR,
        /** Reversed in the second wave and paid again, corrected. */
        REVERSED_AND_CORRECTED,
        /** Paid in two parts, one per wave. */
        SPLIT
    }

    /** The remittances of both waves. */
    public record Plan(List<Remittance> first, List<Remittance> second) {
    }

    private final Adjudicator adjudicator;
    private final Supplier<String> traceNumbers;
    private final Supplier<String> payerClaimNumbers;
    private final Clock clock;

    /** @param payerClaimNumbers for the parts of split claims and for the secondary payer's claims */
    public RemittancePlanner(Adjudicator adjudicator, Supplier<String> traceNumbers,
            Supplier<String> payerClaimNumbers, Clock clock) {
        this.adjudicator = adjudicator;
        this.traceNumbers = traceNumbers;
        this.payerClaimNumbers = payerClaimNumbers;
        this.clock = clock;
    }

    public static Treatment treatmentOf(PayerClaim claim) {
        return treatmentOf(claim.patientControlNumber(), claim.lines().size());
    }

    /** The treatment of a claim with this patient control number and number of lines. */
    public static Treatment treatmentOf(String patientControlNumber, int lines) {
        int percentile = StableShare.percentile(patientControlNumber, "remittance");
        if (percentile < REVERSED_PERCENT) {
            return Treatment.REVERSED_AND_CORRECTED;
        }
        if (percentile < REVERSED_PERCENT + SPLIT_PERCENT && lines > 1) {
            return Treatment.SPLIT;
        }
        return Treatment.REGULAR;
    }

    public Plan plan(List<AcceptedClaim> accepted) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<RemittedClaim>> first = new LinkedHashMap<>();
        Map<String, List<RemittedClaim>> second = new LinkedHashMap<>();
        Map<String, List<RemittedClaim>> crossovers = new LinkedHashMap<>();
        for (AcceptedClaim claim : accepted) {
            RemittedClaim adjudicated = adjudicator.adjudicate(claim.claim(), claim.payerClaimNumber());
            String key = key(claim.claim());
            switch (treatmentOf(claim.claim())) {
                case SPLIT -> {
                    List<RemittedLine> lines = adjudicated.lines();
                    add(first, key, part(adjudicated, claim.payerClaimNumber(), lines.subList(0, lines.size() - 1)));
                    add(second, key, part(adjudicated, payerClaimNumbers.get(), lines.subList(lines.size() - 1,
                            lines.size())));
                }
                case REVERSED_AND_CORRECTED -> {
                    add(first, key, adjudicated);
                    if (adjudicated.paid().signum() > 0) {
                        add(second, key, adjudicated.reversal());
                        add(second, key, adjudicator.corrected(claim.claim(), claim.payerClaimNumber()));
                    }
                }
                case REGULAR -> {
                    add(first, key, adjudicated);
                    if (Adjudicator.hasSecondaryPayer(claim.claim().memberId()) && !adjudicated.denied()) {
                        adjudicator.secondary(adjudicated, payerClaimNumbers.get()).ifPresent(crossover ->
                                add(crossovers, claim.claim().billingProvider().npi(), crossover));
                    }
                }
            }
        }
        List<Remittance> firstWave = new ArrayList<>();
        first.values().forEach(claims -> firstWave.add(remittance(primaryPayer(claims), claims, today, true)));
        List<Remittance> secondWave = new ArrayList<>();
        second.values().forEach(claims -> secondWave.add(remittance(primaryPayer(claims), claims, today, false)));
        crossovers.values().forEach(claims -> secondWave.add(remittance(new Payer(PayerContracts.SECONDARY_PAYER_ID,
                PayerContracts.SECONDARY_PAYER_NAME, false), claims, today, false)));
        return new Plan(List.copyOf(firstWave), List.copyOf(secondWave));
    }

    private record Payer(String id, String name, boolean paysInterest) {
    }

    private Payer primaryPayer(List<RemittedClaim> claims) {
        PayerClaim claim = claims.get(0).claim();
        PayerContract contract = adjudicator.contractOf(claim.payerId());
        String name = contract == PayerContracts.DEFAULT && claim.payerName() != null ? claim.payerName()
                : contract.payerName();
        return new Payer(claim.payerId(), name, contract.paysPromptPayInterest());
    }

    private Remittance remittance(Payer payer, List<RemittedClaim> claims, LocalDate today, boolean withInterest) {
        List<ProviderAdjustment> interest = new ArrayList<>();
        if (withInterest && payer.paysInterest()) {
            claims.forEach(claim -> interestOn(claim, today).ifPresent(interest::add));
        }
        return new Remittance(payer.id(), payer.name(), claims.get(0).claim().billingProvider(), traceNumbers.get(),
                today, claims, interest);
    }

    /** Simple interest on what was paid, for the days past the prompt-pay window (negative: paid to the provider). */
    static Optional<ProviderAdjustment> interestOn(RemittedClaim claim, LocalDate paymentDate) {
        long late = ChronoUnit.DAYS.between(claim.claim().lastServiceDate(), paymentDate) - PROMPT_PAY_DAYS;
        if (late <= 0 || claim.paid().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal interest = claim.paid().multiply(INTEREST_RATE).multiply(BigDecimal.valueOf(late))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
        return interest.signum() == 0 ? Optional.empty()
                : Optional.of(new ProviderAdjustment(ProviderAdjustment.INTEREST,
                        claim.claim().patientControlNumber(), interest.negate()));
    }

    private RemittedClaim part(RemittedClaim whole, String payerClaimNumber, List<RemittedLine> lines) {
        List<String> remarks = new ArrayList<>(whole.claimRemarks());
        remarks.add("MA15");
        boolean denied = lines.stream().allMatch(RemittedLine::denied);
        String status = denied && !adjudicator.contractOf(whole.claim().payerId()).deniesAsZeroPay()
                ? RemittedClaim.DENIED : RemittedClaim.PRIMARY;
        return new RemittedClaim(whole.claim(), status, payerClaimNumber, lines, remarks);
    }

    private static String key(PayerClaim claim) {
        return claim.payerId() + "|" + claim.billingProvider().npi();
    }

    private static void add(Map<String, List<RemittedClaim>> byKey, String key, RemittedClaim claim) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
    }
}
