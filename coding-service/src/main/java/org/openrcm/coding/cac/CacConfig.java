package org.openrcm.coding.cac;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Computer-assisted coding settings (prefix {@code rcm.cac}). */
@ConfigMapping(prefix = "rcm.cac")
public interface CacConfig {

    /** Suggestions below this confidence are not made at all (routing applies its own, higher, bar). */
    @WithDefault("0.60")
    BigDecimal minConfidence();

    /** The longest note {@code POST /coding/suggestions} takes, in characters (a one-page note is ~3,000). */
    @WithDefault("65536")
    int maxNoteLength();
}
