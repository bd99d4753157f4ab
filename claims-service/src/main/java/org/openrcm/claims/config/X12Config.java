package org.openrcm.claims.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The bureau's own identity in the 837P: the submitter (1000A, ISA06) and the clearinghouse receiving (1000B, ISA08)
 * for tenants whose billing profile names none of their own.
 */
@ConfigMapping(prefix = "rcm.x12")
public interface X12Config {

    Submitter submitter();

    Receiver receiver();

    /** ISA15: T test or P production data. */
    @WithDefault("P")
    String usage();

    /** 1000A and ISA06. */
    interface Submitter {
        String id();

        String name();

        String contactName();

        Optional<String> contactPhone();

        Optional<String> contactEmail();
    }

    /** 1000B and ISA08. */
    interface Receiver {
        String id();

        String name();
    }
}
