package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.openrcm.simulator.wire.ClaimAcknowledgment;
import org.openrcm.simulator.wire.Remittance;
import org.openrcm.simulator.wire.RemittedAdjustment;
import org.openrcm.simulator.wire.RemittedClaim;
import org.openrcm.simulator.wire.SubmittedClaim;
import org.openrcm.simulator.wire.SubmittedLine;

/**
 * A payer that rejects claims without a usable member id and pays the others under its {@link PayerContract}:
 * per line, allowed = charge x allowed ratio, the rest written off (CO-45), coinsurance = allowed x rate (PR-2),
 * paid = allowed - coinsurance, each rounded to the cent HALF_UP; the claim's amounts are the lines' sums, so
 * charge = paid + CO + PR to the cent.
 */
public final class ContractAdjudicator implements Adjudicator {

    static final String MEMBER_ID_INVALID_REASON = "Entity's contract/member number missing or invalid";
    private static final String CLAIM_PROCESSED_AS_PRIMARY = "1";

    private final PayerContracts contracts;
    private final Supplier<String> payerClaimNumbers;
    private final Supplier<String> traceNumbers;
    private final Clock clock;

    public ContractAdjudicator(PayerContracts contracts, Supplier<String> payerClaimNumbers,
            Supplier<String> traceNumbers, Clock clock) {
        this.contracts = contracts;
        this.payerClaimNumbers = payerClaimNumbers;
        this.traceNumbers = traceNumbers;
        this.clock = clock;
    }

    @Override
    public ClaimAcknowledgment acknowledge(SubmittedClaim claim) {
        String memberId = claim.memberId();
        if (memberId == null || memberId.isBlank() || memberId.startsWith("REJ")) {
            return new ClaimAcknowledgment(claim.claimId(), ClaimAcknowledgment.REJECTED, "A7", "562", null,
                    MEMBER_ID_INVALID_REASON);
        }
        return new ClaimAcknowledgment(claim.claimId(), ClaimAcknowledgment.ACCEPTED, "A1", "20",
                payerClaimNumbers.get(), null);
    }

    @Override
    public Remittance remit(String payerId, List<AcceptedClaim> claims) {
        PayerContract contract = contracts.of(payerId);
        List<RemittedClaim> remitted = claims.stream()
                .map(accepted -> adjudicate(accepted.claim(), accepted.payerClaimNumber(), contract))
                .toList();
        BigDecimal paymentAmount = remitted.stream().map(RemittedClaim::paidAmount).reduce(zero(), BigDecimal::add);
        return new Remittance(payerId, contract.payerName(), traceNumbers.get(), "ACH", LocalDate.now(clock),
                paymentAmount, remitted);
    }

    /** One claim's adjudication under its payer's contract. */
    public RemittedClaim adjudicate(SubmittedClaim claim, String payerClaimNumber) {
        return adjudicate(claim, payerClaimNumber, contracts.of(claim.payerId()));
    }

    private RemittedClaim adjudicate(SubmittedClaim claim, String payerClaimNumber, PayerContract contract) {
        BigDecimal charge = zero();
        BigDecimal contractual = zero();
        BigDecimal coinsurance = zero();
        BigDecimal paid = zero();
        for (SubmittedLine line : claim.lines()) {
            BigDecimal lineCharge = cents(line.charge());
            BigDecimal allowed = cents(lineCharge.multiply(contract.allowedRatio()));
            BigDecimal lineCoinsurance = cents(allowed.multiply(contract.coinsuranceRate()));
            charge = charge.add(lineCharge);
            contractual = contractual.add(lineCharge.subtract(allowed));
            coinsurance = coinsurance.add(lineCoinsurance);
            paid = paid.add(allowed.subtract(lineCoinsurance));
        }
        List<RemittedAdjustment> adjustments = new ArrayList<>();
        if (contractual.signum() != 0) {
            adjustments.add(new RemittedAdjustment("CO", "45", contractual));
        }
        if (coinsurance.signum() != 0) {
            adjustments.add(new RemittedAdjustment("PR", "2", coinsurance));
        }
        return new RemittedClaim(claim.claimId(), CLAIM_PROCESSED_AS_PRIMARY, charge, paid, coinsurance,
                payerClaimNumber, List.copyOf(adjustments));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
