package org.openrcm.payments.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** One way to read enum and instant query parameters: a bad value is a 400 naming the parameter. */
final class QueryParameters {

    private QueryParameters() {
    }

    static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Instant instant(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "must be an ISO 8601 instant, e.g. 2026-11-25T00:00:00Z");
        }
    }
}
