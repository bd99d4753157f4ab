package org.openrcm.coding.codeset;

/** A code found by the coder's search, with the release it comes from and its rank (higher is better). */
public record CodeSearchHit(String kind, String code, boolean billable, String description, double rank) {
}
