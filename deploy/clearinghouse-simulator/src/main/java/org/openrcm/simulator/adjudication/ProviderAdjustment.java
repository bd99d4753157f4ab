package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;

/**
 * A provider-level adjustment (835 PLB), not tied to a claim's balance: e.g. L6 interest, with the claim it is for
 * as reference. The amount is signed as the 835 carries it: interest paid to the provider is negative (it adds to
 * the payment, since BPR02 = the claims' payments - the PLB amounts).
 */
public record ProviderAdjustment(String reasonCode, String reference, BigDecimal amount) {

    public static final String INTEREST = "L6";
}
