package org.openrcm.simulator.adjudication;

import org.openrcm.simulator.wire.SubmittedClaim;

/** A claim the payer accepted, under the claim number it gave it. */
public record AcceptedClaim(SubmittedClaim claim, String payerClaimNumber) {
}
