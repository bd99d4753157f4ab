package org.openrcm.payments.api;

/** Amounts as the API takes them: JSON strings with exactly two decimals, as the events carry them. */
final class AmountFormat {

    /** At most ten digits before the point: what NUMERIC(12,2) holds. */
    static final String MONEY = "^-?[0-9]{1,10}\\.[0-9]{2}$";
    static final String MONEY_MESSAGE = "must be an amount as a JSON string with two decimals, e.g. \"180.00\"";

    private AmountFormat() {
    }
}
