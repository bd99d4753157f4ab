package org.openrcm.claims.domain;

/**
 * A payer's configuration for one tenant, already checked.
 *
 * @param claimFilingIndicator SBR09, e.g. CI commercial, MB Medicare Part B, MC Medicaid
 * @param route                the clearinghouse mailbox (directory under the drop root)
 */
public record PayerConfigDetails(String payerId, String name, String claimFilingIndicator,
        boolean requiresBillingTaxonomy, String route, int timelyFilingDays, int paymentWindowDays) {

    /** What is assumed of a payer the tenant has not configured. */
    public static PayerConfigDetails unconfigured(String payerId, String name, String claimFilingIndicator) {
        return new PayerConfigDetails(payerId, name, claimFilingIndicator, false, PayerConfig.DEFAULT_ROUTE,
                DEFAULT_TIMELY_FILING_DAYS, DEFAULT_PAYMENT_WINDOW_DAYS);
    }

    /** Medicare's one calendar year, the shortest common limit when none is configured. */
    public static final int DEFAULT_TIMELY_FILING_DAYS = 365;
    /** Clean claims are paid within 30 days under most prompt-pay rules. */
    public static final int DEFAULT_PAYMENT_WINDOW_DAYS = 30;
}
