package org.openrcm.patientbilling.domain;

import java.math.BigDecimal;
import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code rcm.billing.*}: where collection agency files go, and the largest single patient payment taken. */
@ConfigMapping(prefix = "rcm.billing")
public interface BillingConfig {

    /** One CSV per tenant per statement run that placed accounts with the agency, under {@code <dir>/<tenant>/}. */
    @WithDefault("collections")
    Path collectionsDirectory();

    /** A payment above this is refused as a likely keying error (overpayments below it become credits). */
    @WithDefault("10000.00")
    BigDecimal maxPayment();
}
