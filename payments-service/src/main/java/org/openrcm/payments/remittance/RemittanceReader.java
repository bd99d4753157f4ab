package org.openrcm.payments.remittance;

/**
 * Reads one remittance advice (one 835 transaction set, ST to SE) from a source format into the domain
 * {@link Remittance}. Intake, balancing and posting only ever see the domain form, so an X12 835 reader can be
 * added beside the JSON one without touching them.
 *
 * @param <S> the source: a validated API request, a parsed 835 transaction set ...
 */
public interface RemittanceReader<S> {

    Remittance read(S source);
}
