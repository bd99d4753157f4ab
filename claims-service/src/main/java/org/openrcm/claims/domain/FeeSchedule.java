package org.openrcm.claims.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** A practice's charge per procedure code (CPT/HCPCS), in dollars with two decimals. */
public record FeeSchedule(Map<String, BigDecimal> fees) {

    public FeeSchedule {
        fees = Map.copyOf(fees);
    }

    public Optional<BigDecimal> fee(String procedureCode) {
        return Optional.ofNullable(fees.get(procedureCode));
    }
}
