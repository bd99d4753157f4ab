package org.openrcm.simulator.adjudication;

/** The billing provider of a claim (837P 2010AA), who is the payee of the 835 (N1*PE). */
public record BillingProvider(String name, String npi, String taxId) {
}
