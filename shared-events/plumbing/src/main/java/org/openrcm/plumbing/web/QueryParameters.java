package org.openrcm.plumbing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** One way to read enum and date parameters: a bad value is a 400 naming the parameter, never a 404 or 500. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** @return the constant named {@code value}, or null when the parameter is absent */
    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** @return the ISO date, or null when the parameter is absent */
    public static LocalDate date(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "must be an ISO 8601 date, e.g. 2026-11-25");
        }
    }
}
