package org.openrcm.claims.domain;

import org.openrcm.claims.submission.SubmissionWorker;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.openrcm.claims.persistence.BillingProfileRepository;
import org.openrcm.claims.persistence.ClaimRepository;
import org.openrcm.claims.persistence.FeeScheduleRepository;
import org.openrcm.claims.persistence.PayerConfigRepository;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.plumbing.outbox.OutboxWriter;

/**
 * Builds one claim per coded encounter: prices it from the tenant's fee schedule, scrubs it, stores it READY or
 * SCRUB_FAILED, and announces it (ClaimCreated, plus ClaimScrubFailed with the issues) in the same transaction.
 */
@ApplicationScoped
public class ClaimCreationService {

    private static final Logger LOG = Logger.getLogger(ClaimCreationService.class);

    private final ClaimRepository claims;
    private final BillingProfileRepository profiles;
    private final FeeScheduleRepository fees;
    private final PayerConfigRepository payers;
    private final OutboxWriter outbox;
    private final SubmissionWorker submissionWorker;
    private final Clock clock;

    ClaimCreationService(ClaimRepository claims, BillingProfileRepository profiles, FeeScheduleRepository fees,
            PayerConfigRepository payers, OutboxWriter outbox, SubmissionWorker submissionWorker,
            Clock clock) {
        this.claims = claims;
        this.profiles = profiles;
        this.fees = fees;
        this.payers = payers;
        this.outbox = outbox;
        this.submissionWorker = submissionWorker;
        this.clock = clock;
    }

    /** Builds the encounter's claim; an encounter that already has one (coded again) changes nothing. */
    @Transactional
    public void create(EncounterCoded encounter) {
        String tenantId = encounter.tenantId();
        if (claims.findByEncounter(tenantId, encounter.encounterId()).isPresent()) {
            LOG.infof("Encounter %s of tenant %s already has a claim; EncounterCoded ignored",
                    encounter.encounterId(), tenantId);
            return;
        }
        Optional<BillingProfile> profile = profiles.findForTenant(tenantId);
        List<String> diagnosisCodes = encounter.diagnoses().stream().map(Diagnosis::code).toList();
        List<PricedLine> lines = ClaimPricer.price(encounter.procedures(), fees.scheduleFor(tenantId,
                encounter.procedures().stream().map(ProcedureLine::code).distinct().toList()));
        List<ValidationIssue> issues = ClaimScrubber.scrub(new ClaimDraft(profile.isPresent(),
                encounter.coverage(), diagnosisCodes, lines, null));
        // Without a billing profile the rendering provider stands as billing provider (an individual billing under
        // their own NPI); the claim is held with NO_BILLING_PROFILE either way.
        String billingProviderNpi = profile.map(BillingProfile::billingProviderNpi)
                .orElse(encounter.renderingProvider().npi());
        Claim claim = Claim.built(tenantId, encounter.encounterId(), claims.nextPatientControlNumber(),
                payers.routeFor(tenantId, encounter.coverage().payerId()), encounter.patient(), encounter.coverage(),
                billingProviderNpi, encounter.renderingProvider(), encounter.dateOfService(),
                encounter.placeOfService(), diagnosisCodes, lines, issues, clock.instant());
        claims.persist(claim);
        // ClaimCreated's contract, like an 837P, holds at most 50 lines; a longer claim is announced by its
        // ClaimScrubFailed (TOO_MANY_LINES) alone.
        if (lines.size() <= ClaimScrubber.MAX_LINES) {
            outbox.append(ClaimEvents.created(claim));
        }
        if (claim.status() == ClaimStatus.SCRUB_FAILED) {
            outbox.append(ClaimEvents.scrubFailed(claim, claim.createdAt()));
        } else {
            submissionWorker.wakeUpAfterCommit();
        }
    }
}
