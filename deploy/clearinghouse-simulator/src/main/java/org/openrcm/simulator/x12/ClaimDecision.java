package org.openrcm.simulator.x12;

import org.openrcm.simulator.adjudication.FrontEndDecision;
import org.openrcm.simulator.adjudication.PayerClaim;

/** A claim of an accepted transaction set with the payer's front-end decision and, when accepted, its claim number. */
record ClaimDecision(PayerClaim claim, FrontEndDecision decision, String payerClaimNumber) {
}
