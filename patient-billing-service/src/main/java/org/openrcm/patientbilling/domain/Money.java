package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;

/** Amounts in US dollars, exact to the cent as the NUMERIC(12,2) columns keep them. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }
}
