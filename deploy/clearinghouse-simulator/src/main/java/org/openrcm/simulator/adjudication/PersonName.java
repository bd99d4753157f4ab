package org.openrcm.simulator.adjudication;

/** A person's name as NM1 carries it (NM103 last, NM104 first). */
public record PersonName(String lastName, String firstName) {
}
