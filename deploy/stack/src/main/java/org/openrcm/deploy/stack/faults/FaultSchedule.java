package org.openrcm.deploy.stack.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The order of the faults: every kind alone first (a crash once for each service, so that each is killed), then
 * rounds of two kinds at once, drawn at random from different parts of the stack so that they do not cancel out
 * (stopping a broker that another fault has frozen tests nothing).
 */
final class FaultSchedule {

    /** Faults on the same part of the stack, never paired with each other. */
    private static final Map<FaultKind, String> PART = Map.of(
            FaultKind.CRASH, "service processes", FaultKind.REBALANCE, "service processes",
            FaultKind.BROKER_RESTART, "broker", FaultKind.BROKER_FREEZE, "broker",
            FaultKind.DATABASE_CONNECTIONS, "database", FaultKind.DATABASE_FREEZE, "database",
            FaultKind.POISON, "records", FaultKind.DUPLICATES, "records");

    private final List<FaultKind> kinds;
    private final int services;
    private final Random random;

    /** @param services how many services there are to crash in turn */
    FaultSchedule(List<FaultKind> kinds, int services, long seed) {
        this.kinds = List.copyOf(kinds);
        this.services = services;
        this.random = new Random(seed);
    }

    /** The rounds of faults injected alone, in order. */
    List<List<FaultKind>> single() {
        List<List<FaultKind>> rounds = new ArrayList<>();
        for (FaultKind kind : kinds) {
            int times = kind == FaultKind.CRASH ? services : 1;
            for (int i = 0; i < times; i++) {
                rounds.add(List.of(kind));
            }
        }
        return rounds;
    }

    /** The next mixed round: two kinds on different parts, or one when the kinds allow no pair. */
    List<FaultKind> mixed() {
        FaultKind first = kinds.get(random.nextInt(kinds.size()));
        List<FaultKind> partners = kinds.stream().filter(kind -> !PART.get(kind).equals(PART.get(first))).toList();
        if (partners.isEmpty()) {
            return List.of(first);
        }
        return List.of(first, partners.get(random.nextInt(partners.size())));
    }
}
