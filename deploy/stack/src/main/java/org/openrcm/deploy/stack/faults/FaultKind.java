package org.openrcm.deploy.stack.faults;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The faults the suite injects, one kind at a time and then mixed. */
enum FaultKind {
    /** kill -9 of a service instance at a moment its outbox holds rows not yet published, then a restart. */
    CRASH("kill -9 of a service"),
    /** The broker stopped, down for a few seconds, started again on the same port. */
    BROKER_RESTART("broker stop/start"),
    /** The broker frozen (SIGSTOP) for 5-30 s: every service's Kafka connections stall without closing. */
    BROKER_FREEZE("Kafka network freeze"),
    /** Every connection of every service to PostgreSQL terminated by the server (pg_terminate_backend). */
    DATABASE_CONNECTIONS("PostgreSQL connection loss"),
    /** One instance's PostgreSQL traffic held for 5-30 s by its TCP proxy (NetCrusher). */
    DATABASE_FREEZE("PostgreSQL network freeze"),
    /** Records no consumer can apply: each must be dead-lettered with its reason, the rest flows on. */
    POISON("poison records"),
    /** Records already delivered, published again byte for byte: inboxes must absorb them. */
    DUPLICATES("duplicate deliveries"),
    /** An instance of a scaled-out service stopped and started again: its partitions move twice. */
    REBALANCE("rebalance (replica leaves and rejoins)");

    private final String description;

    FaultKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The option's spelling: {@code crash}, {@code broker-restart}, ... */
    String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads {@code crash,poison,...} or {@code all}.
     *
     * @throws IllegalArgumentException naming the unknown kind and the known ones
     */
    static List<FaultKind> parse(String option) {
        if (option.equals("all")) {
            return List.of(values());
        }
        return Arrays.stream(option.split(",")).map(String::trim).map(name -> Arrays.stream(values())
                .filter(kind -> kind.optionName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown fault kind " + name + "; known: all, "
                        + Arrays.stream(values()).map(FaultKind::optionName).collect(Collectors.joining(", ")))))
                .distinct().toList();
    }
}
