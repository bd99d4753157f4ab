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
import org.openrcm.coding.domain.EncounterStatus;
import org.openrcm.coding.persistence.ClaimEncounterRepository;
import org.openrcm.coding.persistence.CodingActionRepository;
import org.openrcm.coding.persistence.EncounterRepository;
import org.openrcm.coding.persistence.PayerReturnRepository;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.payments.ClaimDenied;

/**
 * Claims coming back: every rejection and denial of a claim built from one of our encounters is kept (for the
 * analytics' rates), and one for a coding reason reopens the encounter in the coder work queue with the payer's
 * reason; its finalization then announces the next revision of its codes.
 */
@ApplicationScoped
public class PayerReturnService {

    private static final Logger LOG = Logger.getLogger(PayerReturnService.class);
    /** Who a reopening is recorded for: the payer (or clearinghouse), not a coder. */
    static final String PAYER_USER = "payer";

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

    /** Remembers which encounter the claim was built from; a claim of an encounter we do not know is not ours. */
    @Transactional
    public void claimCreated(ClaimCreated claim) {
        parse(claim.encounterId()).flatMap(id -> encounters.findForTenant(claim.tenantId(), id))
                .filter(encounter -> claims.forClaim(claim.tenantId(), claim.claimId()).isEmpty())
                .ifPresent(encounter -> claims.persist(ClaimEncounter.of(claim.tenantId(), claim.claimId(),
                        encounter.id(), claim.createdAt())));
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
        Optional<ClaimEncounter> link = claims.forClaim(tenantId, claimId);
        if (link.isEmpty()) {
            LOG.infof("Claim %s of tenant %s was not built from an encounter coded here; %s ignored", claimId,
                    tenantId, kind);
            return;
        }
        UUID encounterId = link.get().encounterId();
        returns.persist(PayerReturn.of(tenantId, claimId, encounterId, kind,
                reason.map(PayerCodingReasons.PayerReason::reason).orElse(null),
                reason.map(PayerCodingReasons.PayerReason::text).orElse(otherReason), at));
        reason.ifPresent(payerReason -> encounters.findForTenant(tenantId, encounterId).ifPresent(encounter -> {
            EncounterStatus before = encounter.status();
            encounter.reopen(payerReason.text(), clock.instant());
            actions.persist(CodingAction.of(encounter, PAYER_USER, CodingActionType.REOPENED, before, null, null,
                    payerReason.text(), clock.instant()));
        }));
    }

    private static Optional<UUID> parse(String encounterId) {
        try {
            return Optional.of(UUID.fromString(encounterId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
