package org.openrcm.claims.domain;

import org.openrcm.claims.submission.SubmissionWorker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.persistence.BillingProfileRepository;
import org.openrcm.claims.persistence.ClaimRepository;
import org.openrcm.claims.persistence.FeeScheduleRepository;
import org.openrcm.claims.persistence.PayerConfigRepository;
import org.openrcm.claims.x12.Claim837Files;
import org.openrcm.claims.x12.Claim837Mapper;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * A biller's work on held, rejected, failed and adjudicated claims: correct fields, scrub again and send again,
 * replace (frequency 7) or void (frequency 8). Scrubbing runs the claim rules and the 837P pre-check, so a claim that
 * would still break the guide is held at once with the reason. Every change is kept in the claim's history with who
 * asked for it.
 */
@ApplicationScoped
public class ClaimWorkflowService {

    private final ClaimRepository claims;
    private final BillingProfileRepository profiles;
    private final PayerConfigRepository payers;
    private final FeeScheduleRepository fees;
    private final Claim837Files files;
    private final OutboxWriter outbox;
    private final SubmissionWorker submissionWorker;
    private final Clock clock;

    ClaimWorkflowService(ClaimRepository claims, BillingProfileRepository profiles, PayerConfigRepository payers,
            FeeScheduleRepository fees, Claim837Files files, OutboxWriter outbox, SubmissionWorker submissionWorker, Clock clock) {
        this.claims = claims;
        this.profiles = profiles;
        this.payers = payers;
        this.fees = fees;
        this.files = files;
        this.outbox = outbox;
        this.submissionWorker = submissionWorker;
        this.clock = clock;
    }

    /** @return the claim as corrected, still in its status until it is resubmitted */
    @Transactional
    public Optional<ClaimQueryService.ClaimView> correct(String tenantId, UUID claimId, ClaimCorrection correction,
            String by) {
        return lock(tenantId, claimId).map(claim -> {
            claim.correct(correction, feesFor(tenantId, correction), by, clock.instant());
            return ClaimQueryService.ClaimView.of(claim);
        });
    }

    /**
     * Scrubs a held, rejected or failed claim again: READY to go out in the next batch (a claim sent before goes out
     * as a resubmission, announced with ClaimResubmitted), or held with the issues (ClaimScrubFailed).
     */
    @Transactional
    public Optional<ClaimQueryService.ClaimView> resubmit(String tenantId, UUID claimId, String by) {
        return lock(tenantId, claimId).map(claim -> {
            Optional<BillingProfile> profile = profiles.findForTenant(tenantId);
            boolean heldForProfile = claim.scrubIssues().stream()
                    .anyMatch(issue -> ClaimScrubber.NO_BILLING_PROFILE.equals(issue.code()));
            if (heldForProfile && profile.isPresent() && claim.status().correctable()) {
                // Built before the practice had a profile, it took the rendering NPI; it bills under the practice's.
                claim.captureBillingProvider(profile.get().billingProviderNpi());
            }
            Instant now = clock.instant();
            claim.rescrubbed(scrub(claim, profile), payers.routeFor(tenantId, claim.payerId()), by, now);
            announce(claim, now);
            return ClaimQueryService.ClaimView.of(claim);
        });
    }

    /** Replaces an adjudicated claim (frequency 7 with the payer's claim number), corrected as given. */
    @Transactional
    public Optional<ClaimQueryService.ClaimView> replace(String tenantId, UUID claimId, ClaimCorrection correction,
            String reason, String by) {
        return lock(tenantId, claimId).map(claim -> {
            Optional<BillingProfile> profile = profiles.findForTenant(tenantId);
            Instant now = clock.instant();
            claim.replace(correction, correction == null ? code -> null : feesFor(tenantId, correction),
                    replaced -> scrub(replaced, profile), payers.routeFor(tenantId, claim.payerId()), reason, by,
                    now);
            announce(claim, now);
            return ClaimQueryService.ClaimView.of(claim);
        });
    }

    /**
     * Voids a claim: one the payer has goes out as frequency 8 (ClaimVoided once sent); one the payer never accepted
     * is voided at once (ClaimVoided now).
     */
    @Transactional
    public Optional<ClaimQueryService.ClaimView> voidClaim(String tenantId, UUID claimId, String reason, String by) {
        return lock(tenantId, claimId).map(claim -> {
            Instant now = clock.instant();
            if (claim.voided(reason, payers.routeFor(tenantId, claim.payerId()), by, now)) {
                submissionWorker.wakeUpAfterCommit();
            } else {
                outbox.append(ClaimEvents.voided(claim, now));
            }
            return ClaimQueryService.ClaimView.of(claim);
        });
    }

    private List<ValidationIssue> scrub(Claim claim, Optional<BillingProfile> profile) {
        List<ValidationIssue> issues = new ArrayList<>(ClaimScrubber.scrub(claim.draft(profile.isPresent())));
        if (issues.isEmpty() && profile.isPresent()) {
            PayerConfigDetails payer = payers.findForTenant(claim.tenantId(), claim.payerId())
                    .map(PayerConfig::details).orElse(PayerConfigDetails.unconfigured(claim.payerId(),
                            claim.coverage().payerName(), claim.coverage().claimFilingIndicator()));
            issues.addAll(files.precheck(Claim837Mapper.claim(claim, profile.get().details(), payer)));
        }
        return issues;
    }

    private void announce(Claim claim, Instant now) {
        if (claim.status() == ClaimStatus.SCRUB_FAILED) {
            outbox.append(ClaimEvents.scrubFailed(claim, now));
        } else {
            submissionWorker.wakeUpAfterCommit();
        }
    }

    /** Prices corrected lines from the practice's schedule as it is now (only read when a line changes). */
    private Function<String, BigDecimal> feesFor(String tenantId, ClaimCorrection correction) {
        if (correction.lines() == null || correction.lines().isEmpty()) {
            return code -> null;
        }
        FeeSchedule schedule = new FeeSchedule(fees.listForTenant(tenantId).stream()
                .collect(Collectors.toMap(FeeScheduleEntry::procedureCode, FeeScheduleEntry::amount)));
        return code -> schedule.fee(code).orElse(null);
    }

    private Optional<Claim> lock(String tenantId, UUID claimId) {
        return claims.lockForTenant(tenantId, List.of(claimId)).stream().findFirst();
    }
}
