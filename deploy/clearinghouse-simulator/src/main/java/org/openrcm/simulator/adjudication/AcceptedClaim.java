package org.openrcm.simulator.adjudication;

/** A claim the payer accepted into adjudication (277CA A2), under the claim number it gave it (REF*1K). */
public record AcceptedClaim(PayerClaim claim, String payerClaimNumber) {
}
