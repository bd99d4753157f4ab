package org.openrcm.payments.posting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.events.RcmEvent;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.events.payments.PaymentReversed;
import org.openrcm.events.payments.RemittanceCode;
import org.openrcm.payments.claim.ExpectedClaim;
import org.openrcm.payments.domain.Money;
import org.openrcm.payments.domain.ReasonCodes;
import org.openrcm.payments.ledger.LedgerEntry;
import org.openrcm.payments.ledger.LedgerEntryType;
import org.openrcm.payments.persistence.ClaimPaymentRepository;
import org.openrcm.payments.persistence.ClaimResponsibilityRepository;
import org.openrcm.payments.persistence.ExpectedClaimLineRepository;
import org.openrcm.payments.persistence.LedgerEntryRepository;
import org.openrcm.payments.remittance.Cas;
import org.openrcm.payments.remittance.ClaimPayment;
import org.openrcm.payments.remittance.ClaimPaymentLine;
import org.openrcm.payments.remittance.ClaimPaymentStatus;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.Remark;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Posts a balanced claim payment matched to its claim: to the ledger and to the cycle, in the caller's transaction
 * (which holds the claim's lock). A primary adjudication posts its payments and adjustments line by line; a denial
 * goes to the denial queue and posts only what the patient owes; a reversal takes back exactly what the payment it
 * reverses posted; a secondary payer's payment reduces what the patient owed. After each, what the patient owes for
 * the claim as it now stands ({@link #patientShare}) is announced ({@link PatientResponsibilityDeterminedV2}). The payment's own state guard makes a second posting fail, and the
 * ledger's unique lines back it up.
 */
@ApplicationScoped
public class ClaimPaymentPoster {

    private final LedgerEntryRepository ledger;
    private final ClaimPaymentRepository claimPayments;
    private final ExpectedClaimLineRepository claimLines;
    private final ClaimResponsibilityRepository responsibilities;
    private final OutboxWriter outbox;
    private final Clock clock;

    ClaimPaymentPoster(LedgerEntryRepository ledger, ClaimPaymentRepository claimPayments,
            ExpectedClaimLineRepository claimLines, ClaimResponsibilityRepository responsibilities,
            OutboxWriter outbox, Clock clock) {
        this.ledger = ledger;
        this.claimPayments = claimPayments;
        this.claimLines = claimLines;
        this.responsibilities = responsibilities;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Posts one payment on its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void post(ClaimPayment payment, ExpectedClaim claim) {
        Map<ClaimPayment, ExpectedClaim> one = new LinkedHashMap<>();
        one.put(payment, claim);
        postAll(payment.tenantId(), one);
    }

    /**
     * Posts the payments to their claims, in the map's order, each seeing the ones posted before it; the caller holds
     * the claims' locks. What they announce goes to the outbox at once, after the last: a large payer's transaction
     * set announces thousands of events.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void postAll(String tenantId, Map<ClaimPayment, ExpectedClaim> matched) {
        if (matched.isEmpty()) {
            return;
        }
        PostingLookups lookups = new PostingLookups(tenantId,
                matched.values().stream().map(ExpectedClaim::claimId).distinct().toList(), claimLines, claimPayments,
                responsibilities);
        List<RcmEvent> events = new ArrayList<>();
        matched.forEach((payment, claim) -> {
            try {
                postOne(payment, claim, lookups, events);
            } finally {
                lookups.remember(payment);
            }
        });
        outbox.appendAll(events);
    }

    private void postOne(ClaimPayment payment, ExpectedClaim claim, PostingLookups lookups,
            List<RcmEvent> events) {
        Instant now = clock.instant();
        ClaimRemittance remitted = payment.remitted();
        List<ClaimPayment> posted = lookups.posted(claim.claimId(), payment.remittance().claims());
        List<ClaimPayment> effective = posted.stream().filter(ClaimPayment::isEffective).toList();
        if (remitted.isReversal()) {
            reverse(payment, claim, posted, effective, lookups, now, events);
            return;
        }
        List<Integer> lineNumbers = LineMatcher.match(remitted.lines(), lookups.lines(claim.claimId()));
        for (ClaimPaymentLine line : payment.lines()) {
            line.matchTo(lineNumbers.get(line.lineIndex() - 1));
        }
        claim.learnPayerClaimNumber(payment.payerClaimNumber());
        boolean afterReversal = posted.stream().anyMatch(p -> p.reversedById() != null);
        if (remitted.isDenial()) {
            deny(payment, claim, remitted, lineNumbers, posted, lookups, now, events);
            return;
        }
        if (remitted.isSecondary() && !effective.isEmpty()) {
            postSecondary(payment, claim, remitted, posted, lookups, now, events);
            return;
        }
        LedgerWriter writer = new LedgerWriter(payment, claim, now);
        writer.postAdjudication(remitted, lineNumbers, cas -> true, true);
        payment.markPosted(claim.claimId(), now);
        events.add(announcePosting(payment, claim, remitted, now));
        String reason = remitted.isSecondary() ? PatientResponsibilityDeterminedV2.SECONDARY
                : afterReversal ? PatientResponsibilityDeterminedV2.CORRECTION : PatientResponsibilityDeterminedV2.ORIGINAL;
        determineResponsibility(payment, claim, posted, reason, announceShareV1(payment, claim, remitted, now, events),
                lookups, now, events);
    }

    /**
     * A denial moves no payer money: the charge stays open at the payer until the denial is worked (appeal,
     * corrected claim or write-off), so only the patient's share (e.g. PR-96 non-covered) is posted; the rest goes to
     * the denial queue in the event.
     */
    private void deny(ClaimPayment payment, ExpectedClaim claim, ClaimRemittance remitted, List<Integer> lineNumbers,
            List<ClaimPayment> posted, PostingLookups lookups, Instant now, List<RcmEvent> events) {
        LedgerWriter writer = new LedgerWriter(payment, claim, now);
        writer.postAdjudication(remitted, lineNumbers, Cas::isPatientResponsibility, false);
        String reason = remitted.allAdjustments().filter(cas -> ReasonCodes.isDenialReason(cas.reasonCode()))
                .map(Cas::reasonCode).findFirst()
                .orElse(remitted.allAdjustments().map(Cas::reasonCode).findFirst().orElse(null));
        payment.markDenied(claim.claimId(), reason, now);
        events.add(new ClaimDenied(payment.tenantId(), claim.claimId(), payment.remittanceId().toString(),
                payment.remittance().payerId(), payment.chargeAmount(), remitted.eventAdjustments(),
                remitted.allRemarks().stream().map(Remark::code).toList(), now, codes(remitted)));
        determineResponsibility(payment, claim, posted, PatientResponsibilityDeterminedV2.DENIAL, false, lookups,
                now, events);
    }

    /**
     * A secondary (or tertiary) payer adjudicated what the primary left: its CAS describe the whole claim again
     * (OA-23 for what the primary settled), so they are not posted as they are, or the claim would be adjusted twice.
     * Posted instead: its payment, the patient's share moving down from what was owed to what the secondary leaves
     * the patient (CLP05), and the rest of that difference as the secondary's own adjustment.
     */
    private void postSecondary(ClaimPayment payment, ExpectedClaim claim, ClaimRemittance remitted,
            List<ClaimPayment> posted, PostingLookups lookups, Instant now, List<RcmEvent> events) {
        BigDecimal owed = lookups.owed(claim.claimId());
        BigDecimal stillOwed = remitted.patientResponsibilityAmount();
        BigDecimal relieved = owed.subtract(stillOwed);
        BigDecimal otherwise = relieved.subtract(remitted.paidAmount());
        if (otherwise.signum() < 0) {
            payment.holdForReview(claim.claimId(), ("secondary payer paid %s and leaves the patient %s, but the patient"
                    + " owed only %s: %s more than the patient's share").formatted(remitted.paidAmount(), stillOwed,
                            owed, otherwise.negate()));
            return;
        }
        Cas ownAdjustment = remitted.allAdjustments()
                .filter(cas -> !cas.isPatientResponsibility() && !"23".equals(cas.reasonCode())).findFirst()
                .orElse(new Cas("OA", "23", otherwise, remitted.segmentPosition()));
        LedgerWriter writer = new LedgerWriter(payment, claim, now);
        writer.add(LedgerEntryType.INSURANCE_PAYMENT, null, null, remitted.paidAmount(), null, "CLP",
                remitted.segmentPosition());
        writer.add(LedgerEntryType.ADJUSTMENT, ClaimRemittance.PATIENT_RESPONSIBILITY, "23", relieved.negate(), null,
                "CLP", remitted.segmentPosition());
        if (otherwise.signum() != 0) {
            writer.add(LedgerEntryType.ADJUSTMENT, ownAdjustment.groupCode(), ownAdjustment.reasonCode(), otherwise,
                    null, "CAS", ownAdjustment.segmentPosition());
        }
        payment.markPosted(claim.claimId(), now);
        events.add(announcePosting(payment, claim, remitted, now));
        determineResponsibility(payment, claim, posted, PatientResponsibilityDeterminedV2.SECONDARY,
                announceShareV1(payment, claim, remitted, now, events), lookups, now, events);
    }

    /**
     * A reversal (CLP02 = 22) takes back exactly what the payment it reverses posted: the same payer's latest
     * standing payment of the claim whose charge and paid amount it negates. Anything else is not safe to post.
     */
    private void reverse(ClaimPayment reversal, ExpectedClaim claim, List<ClaimPayment> posted,
            List<ClaimPayment> effective, PostingLookups lookups, Instant now, List<RcmEvent> events) {
        List<ClaimPayment> latestFirst = new ArrayList<>(effective);
        Collections.reverse(latestFirst);
        Optional<ClaimPayment> target = latestFirst.stream()
                .filter(p -> p.remittance().payerId().equals(reversal.remittance().payerId()))
                .filter(p -> p.chargeAmount().compareTo(reversal.chargeAmount().negate()) == 0
                        && p.paidAmount().compareTo(reversal.paidAmount().negate()) == 0)
                .filter(p -> reversal.payerClaimNumber() == null || p.payerClaimNumber() == null
                        || p.payerClaimNumber().equals(reversal.payerClaimNumber()))
                .findFirst();
        if (target.isEmpty()) {
            reversal.holdForReview(claim.claimId(), "reversal of charge %s, paid %s matches no standing payment of"
                    .formatted(reversal.chargeAmount().negate(), reversal.paidAmount().negate())
                    + " this payer on claim " + claim.claimId());
            return;
        }
        ClaimPayment reversed = target.get();
        if (!reversed.equals(effective.get(effective.size() - 1))) {
            reversal.holdForReview(claim.claimId(), "reversal of payment " + reversed.id()
                    + " while a later adjudication of the claim still stands on it (reverse that one first)");
            return;
        }
        List<LedgerEntry> entries = ledger.forPayment(reversed.id());
        int number = 0;
        for (LedgerEntry entry : entries) {
            ledger.persist(entry.reversedBy(reversal, ++number, now));
        }
        reversal.markReversal(reversed, now);
        List<Adjustment> takenBack = entries.stream().filter(e -> e.type() == LedgerEntryType.ADJUSTMENT)
                .map(e -> new Adjustment(e.groupCode(), e.reasonCode(), e.amount())).toList();
        events.add(new PaymentReversed(reversal.tenantId(), reversal.id().toString(), reversed.id().toString(),
                claim.claimId(), reversal.remittanceId().toString(), reversal.remittance().payerId(),
                reversal.payerClaimNumber(), reversed.status() == ClaimPaymentStatus.POSTED ? reversed.paidAmount()
                        : Money.ZERO, takenBack, now));
        determineResponsibility(reversal, claim, posted, PatientResponsibilityDeterminedV2.REVERSAL, false, lookups,
                now, events);
    }

    private static PaymentPosted announcePosting(ClaimPayment payment, ExpectedClaim claim, ClaimRemittance remitted,
            Instant now) {
        return new PaymentPosted(payment.tenantId(), payment.id().toString(), claim.claimId(),
                payment.remittanceId().toString(), payment.remittance().payerId(), payment.payerClaimNumber(),
                payment.claimStatusCode(), payment.chargeAmount(), payment.paidAmount(),
                payment.patientResponsibilityAmount(), remitted.eventAdjustments(), now, codes(remitted));
    }

    /**
     * v1, kept for its subscribers while they move to v2: one adjudication's patient share, as before. Always
     * followed by a v2 in the same transaction, which a v2 subscriber applies as a replacement, so it never counts
     * twice there.
     */
    private static boolean announceShareV1(ClaimPayment payment, ExpectedClaim claim, ClaimRemittance remitted,
            Instant now, List<RcmEvent> events) {
        List<Adjustment> share = remitted.patientResponsibility();
        BigDecimal total = Money.sum(share.stream().map(Adjustment::amount));
        if (total.signum() <= 0) {
            return false;
        }
        events.add(new PatientResponsibilityDetermined(payment.tenantId(), claim.claimId(), claim.patientId(),
                payment.remittanceId().toString(), payment.remittance().payerId(), claim.dateOfService(),
                payment.chargeAmount(), payment.paidAmount(), total, share, now));
        return true;
    }

    /**
     * What the patient owes for the claim as it now stands ({@link #patientShare}), 0 when no adjudication stands.
     * Announced when it changed, and always after a v1 so that a v2 subscriber ends on the truth.
     */
    private void determineResponsibility(ClaimPayment payment, ExpectedClaim claim, List<ClaimPayment> postedBefore,
            String reason, boolean v1Sent, PostingLookups lookups, Instant now, List<RcmEvent> events) {
        // What stood before, as this posting left it (a reversal marked its target), and this payment itself.
        List<ClaimPayment> effective = new ArrayList<>(postedBefore.stream().filter(ClaimPayment::isEffective)
                .toList());
        if (payment.isEffective() && !effective.contains(payment)) {
            effective.add(payment);
        }
        List<Adjustment> components = patientShare(effective);
        BigDecimal owed = Money.sum(components.stream().map(Adjustment::amount));
        ClaimResponsibility current = lookups.responsibility(claim, now);
        BigDecimal previous = current.amount();
        if (previous.compareTo(owed) == 0 && !v1Sent) {
            return;
        }
        int revision = current.revise(owed, now);
        BigDecimal insurancePaid = Money.sum(effective.stream()
                .filter(p -> p.status() == ClaimPaymentStatus.POSTED).map(ClaimPayment::paidAmount));
        events.add(new PatientResponsibilityDeterminedV2(payment.tenantId(), claim.claimId(), claim.patientId(),
                payment.remittanceId().toString(), payment.remittance().payerId(), claim.dateOfService(),
                claim.totalCharge(), insurancePaid, owed, previous, reason, revision, components, now));
    }

    /**
     * The patient's share of the claim as these standing adjudications leave it: the latest secondary (or tertiary)
     * payer's, whose CLP05 is what it leaves the patient of the whole claim; without one, the primary payer's shares
     * added up (a claim the payer split over several ERAs owes the share of each part).
     */
    static List<Adjustment> patientShare(List<ClaimPayment> effective) {
        return patientShareOf(effective.stream().map(ClaimPayment::remitted).toList());
    }

    /** {@link #patientShare} of the standing adjudications, oldest first. */
    public static List<Adjustment> patientShareOf(List<ClaimRemittance> standing) {
        for (int i = standing.size() - 1; i >= 0; i--) {
            if (standing.get(i).isSecondary()) {
                return standing.get(i).patientResponsibility();
            }
        }
        return standing.stream().flatMap(claim -> claim.patientResponsibility().stream()).toList();
    }

    /** Each CARC and RARC of the adjudication once, with its meaning. */
    public static List<RemittanceCode> codes(ClaimRemittance remitted) {
        List<RemittanceCode> codes = new ArrayList<>();
        remitted.allAdjustments().map(Cas::reasonCode).distinct().forEach(code -> codes.add(new RemittanceCode(
                RemittanceCode.CARC, code, ReasonCodes.adjustmentDescription(code).orElse(null))));
        remitted.allRemarks().stream().map(Remark::code).distinct().forEach(code -> codes.add(new RemittanceCode(
                RemittanceCode.RARC, code, ReasonCodes.remarkDescription(code).orElse(null))));
        return codes;
    }

    /** Appends one claim payment's entries to the ledger, numbered in order. */
    private final class LedgerWriter {

        private final ClaimPayment payment;
        private final ExpectedClaim claim;
        private final Instant now;
        private int number;

        LedgerWriter(ClaimPayment payment, ExpectedClaim claim, Instant now) {
            this.payment = payment;
            this.claim = claim;
            this.now = now;
        }

        void add(LedgerEntryType type, String group, String reason, BigDecimal amount, Integer serviceLine,
                String segment, int segmentPosition) {
            ledger.persist(LedgerEntry.of(payment, claim, ++number, type, group, reason, amount, serviceLine,
                    segment, segmentPosition, now));
        }

        void postAdjudication(ClaimRemittance remitted, List<Integer> lineNumbers, Predicate<Cas> adjustments,
                boolean payments) {
            for (LedgerPlan.Entry entry : LedgerPlan.of(remitted, lineNumbers, adjustments, payments)) {
                add(entry.type(), entry.groupCode(), entry.reasonCode(), entry.amount(), entry.serviceLineNumber(),
                        entry.segment(), entry.segmentPosition());
            }
        }
    }
}
