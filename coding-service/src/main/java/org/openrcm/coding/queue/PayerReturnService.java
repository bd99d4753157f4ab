package org.openrcm.coding.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.openrcm.coding.domain.CodingAction;
import org.openrcm.coding.domain.CodingActionType;
import org.openrcm.coding.domain.Encounter;
import org.openrcm.coding.domain.EncounterStatus;
import org.openrcm.coding.persistence.ClaimEncounterRepository;
import org.openrcm.coding.persistence.CodingActionRepository;
import org.openrcm.coding.persistence.EncounterRepository;
import org.openrcm.coding.persistence.PayerReturnRepository;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.payments.ClaimDenied;

/**
 * Claims coming back: every rejection and denial of a claim is kept (for the analytics' rates), and one for a coding
 * reason of a claim built from one of our encounters reopens the encounter in the coder work queue with the payer's
 * reason; its finalization then announces the next revision of its codes.
 */
@ApplicationScoped
public class PayerReturnService {

    private static final Logger LOG = Logger.getLogger(PayerReturnService.class);
    /** Who a reopening is recorded for: the payer (or clearinghouse), not a coder. */
    public static final String PAYER_USER = "payer";

    private final ClaimEncounterRepository claims;
    private final PayerReturnRepository returns;
    private final EncounterRepository encounters;
    private final CodingActionRepository actions;
    private final Clock clock;

    PayerReturnService(ClaimEncounterRepository claims, PayerReturnRepository returns, EncounterRepository encounters,
            CodingActionRepository actions, Clock clock) {
        this.claims = claims;
        this.returns = returns;
        this.encounters = encounters;
        this.actions = actions;
        this.clock = clock;
    }

    /**
     * Remembers which encounter the claim was built from, and applies the claim's returns consumed before it (the two
     * topics are consumed independently). A claim of an encounter we do not know is not ours.
     */
    @Transactional
    public void claimCreated(ClaimCreated claim) {
        parse(claim.encounterId()).flatMap(id -> encounters.findForTenant(claim.tenantId(), id))
                .filter(encounter -> claims.forClaim(claim.tenantId(), claim.claimId()).isEmpty())
                .ifPresent(encounter -> {
                    claims.persist(ClaimEncounter.of(claim.tenantId(), claim.claimId(), encounter.id(),
                            claim.createdAt()));
                    for (PayerReturn early : returns.withoutEncounter(claim.tenantId(), claim.claimId())) {
                        early.attach(encounter.id());
                        if (early.codingReason() != null) {
                            reopen(encounter, early.payerReason());
                        }
                    }
                });
    }

    @Transactional
    public void rejected(ClaimRejected rejection) {
        returned(rejection.tenantId(), rejection.claimId(), PayerReturn.Kind.REJECTION,
                PayerCodingReasons.of(rejection), PayerCodingReasons.describe(rejection), rejection.rejectedAt());
    }

    @Transactional
    public void denied(ClaimDenied denial) {
        returned(denial.tenantId(), denial.claimId(), PayerReturn.Kind.DENIAL, PayerCodingReasons.of(denial),
                "payer " + denial.payerId() + " denial", denial.deniedAt());
    }

    private void returned(String tenantId, String claimId, PayerReturn.Kind kind,
            Optional<PayerCodingReasons.PayerReason> reason, String otherReason, Instant at) {
        Optional<Encounter> encounter = claims.forClaim(tenantId, claimId)
                .flatMap(link -> encounters.findForTenant(tenantId, link.encounterId()));
        returns.persist(PayerReturn.of(tenantId, claimId, encounter.map(Encounter::id).orElse(null), kind,
                reason.map(PayerCodingReasons.PayerReason::reason).orElse(null),
                reason.map(PayerCodingReasons.PayerReason::text).orElse(otherReason), at));
        if (encounter.isEmpty()) {
            LOG.infof("%s of claim %s (tenant %s) kept until the claim's ClaimCreated names its encounter", kind,
                    claimId, tenantId);
        }
        reason.ifPresent(payerReason -> encounter.ifPresent(found -> reopen(found, payerReason.text())));
    }

    private void reopen(Encounter encounter, String payerReason) {
        EncounterStatus before = encounter.status();
        encounter.reopen(payerReason, clock.instant());
        actions.persist(CodingAction.of(encounter, PAYER_USER, CodingActionType.REOPENED, before, null, null,
                payerReason, clock.instant()));
    }

    private static Optional<UUID> parse(String encounterId) {
        try {
            return Optional.of(UUID.fromString(encounterId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
