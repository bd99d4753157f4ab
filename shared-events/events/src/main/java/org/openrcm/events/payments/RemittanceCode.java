package org.openrcm.events.payments;

/**
 * A code a payer gave with its adjudication, with its published meaning.
 *
 * @param kind        CARC (claim adjustment reason code, the reason of a CAS) or RARC (remark code, MOA/MIA/LQ)
 * @param description the code's meaning, or null for a code the producer has no description of
 */
public record RemittanceCode(String kind, String code, String description) {

    public static final String CARC = "CARC";
    public static final String RARC = "RARC";
}
