package org.openrcm.coding.codeset;

import java.time.LocalDate;

/**
 * A code of the release in force on a date of service.
 *
 * @param effective  the first day the code may be used, when the file says
 * @param terminated the last day the code may be used, when the file says
 */
public record CodeEntry(String code, boolean billable, String description, LocalDate effective,
        LocalDate terminated) {

    public boolean validOn(LocalDate date) {
        return (effective == null || !date.isBefore(effective)) && (terminated == null || !date.isAfter(terminated));
    }
}
