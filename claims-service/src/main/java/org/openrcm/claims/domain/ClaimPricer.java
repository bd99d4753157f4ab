package org.openrcm.claims.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openrcm.events.common.ProcedureLine;

/** Prices a claim's lines from the practice's fee schedule: each line fee x units, the claim the sum of its lines. */
public final class ClaimPricer {

    private ClaimPricer() {
    }

    public static List<PricedLine> price(List<ProcedureLine> procedures, FeeSchedule schedule) {
        List<PricedLine> lines = new ArrayList<>(procedures.size());
        for (int i = 0; i < procedures.size(); i++) {
            ProcedureLine procedure = procedures.get(i);
            lines.add(new PricedLine(i + 1, procedure, schedule.fee(procedure.code()).orElse(null)));
        }
        return List.copyOf(lines);
    }

    public static BigDecimal total(List<PricedLine> lines) {
        return lines.stream().map(PricedLine::charge).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
