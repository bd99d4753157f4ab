package org.openrcm.coding.codeset;

/** The most units of a code per patient per day; the adjudication indicator says per line (1) or per day (2, 3). */
public record MueLimit(String code, int maxUnits, int adjudicationIndicator) {
}
