package org.openrcm.coding.domain;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Coding defaults; a practice overrides the threshold through its coding settings. */
@ConfigMapping(prefix = "rcm.coding")
public interface CodingConfig {

    /** The confidence computer-assisted coding must reach for an encounter to be coded without a coder. */
    @WithDefault("0.85")
    BigDecimal autoCodingThreshold();
}
