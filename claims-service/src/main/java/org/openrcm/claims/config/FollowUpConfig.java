package org.openrcm.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the follow-up list flags a claim. */
@ConfigMapping(prefix = "rcm.follow-up")
public interface FollowUpConfig {

    /** A submitted claim without a 999/277CA after this many days is chased. */
    @WithDefault("3")
    int acknowledgmentDays();

    /** A claim not yet with the payer is flagged this many days before its payer's timely-filing deadline. */
    @WithDefault("30")
    int timelyFilingWarningDays();
}
