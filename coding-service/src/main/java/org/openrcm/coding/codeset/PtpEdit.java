package org.openrcm.coding.codeset;

/**
 * An NCCI procedure-to-procedure edit active on the date of service: the column 2 code is not paid with the column
 * 1 code, unless the modifier indicator is 1 and a modifier shows the services were distinct (9: not applicable).
 */
public record PtpEdit(String column1, String column2, char modifierIndicator, String rationale) {
}
