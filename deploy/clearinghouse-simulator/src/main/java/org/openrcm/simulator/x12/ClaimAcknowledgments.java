package org.openrcm.simulator.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openrcm.simulator.adjudication.FrontEndDecision;
import org.openrcm.simulator.adjudication.PayerClaim;
import org.openrcm.simulator.adjudication.PayerClaimLine;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.ack.ProviderStatus;
import org.openrcm.x12.ack.StatusInfo;
import org.openrcm.x12.claim.Claim837Transaction;

/** The 277CA answering one 837P transaction set: the submission received, then each claim accepted or rejected. */
final class ClaimAcknowledgments {

    private static final String ACCEPTED_ACTION = "WQ";
    private static final String REJECTED_ACTION = "U";

    private ClaimAcknowledgments() {
    }

    static ClaimAck277 of(Claim837Transaction transaction, List<ClaimDecision> decisions, String referenceId,
            LocalDate today) {
        BigDecimal total = decisions.stream().map(decision -> decision.claim().totalCharge())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        StatusInfo received = new StatusInfo("A1", "19", "PR", today, ACCEPTED_ACTION, total, null, 0);
        Map<String, List<ClaimDecision>> byProvider = new LinkedHashMap<>();
        decisions.forEach(decision -> byProvider
                .computeIfAbsent(decision.claim().billingProvider().npi(), npi -> new ArrayList<>()).add(decision));
        List<ProviderStatus> providers = byProvider.values().stream().map(claims -> new ProviderStatus(
                claims.get(0).claim().billingProvider().name(), claims.get(0).claim().billingProvider().npi(),
                List.of(), claims.stream().map(claim -> status(claim, today)).toList())).toList();
        return new ClaimAck277(referenceId, today, transaction.receiver().name(), transaction.receiver().id(),
                transaction.submitter().name(), transaction.submitter().id(), List.of(received), providers);
    }

    private static ClaimStatus status(ClaimDecision decided, LocalDate today) {
        PayerClaim claim = decided.claim();
        FrontEndDecision decision = decided.decision();
        StatusInfo status = new StatusInfo(decision.categoryCode(), decision.statusCode(), decision.entityCode(),
                today, decision.accepted() ? ACCEPTED_ACTION : REJECTED_ACTION, claim.totalCharge(),
                decision.reason(), 0);
        List<LocalDate> dates = claim.lines().stream().map(PayerClaimLine::serviceDate).filter(Objects::nonNull)
                .sorted().toList();
        return new ClaimStatus(claim.patient().lastName(), claim.patient().firstName(), claim.memberId(),
                claim.patientControlNumber(), List.of(status), decided.payerClaimNumber(), claim.totalCharge(),
                dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), 0);
    }
}
