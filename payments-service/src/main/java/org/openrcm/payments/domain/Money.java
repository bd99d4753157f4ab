package org.openrcm.payments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;

/** Dollar amounts exact to the cent. Nothing here multiplies or divides, so nothing is ever rounded. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /**
     * The amount with exactly two decimals, whatever scale a reader produced ("160" becomes 160.00).
     *
     * @throws IllegalArgumentException for a fraction of a cent, which no payer pays
     */
    public static BigDecimal cents(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " is not in whole cents", e);
        }
    }

    public static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(ZERO, BigDecimal::add);
    }
}
