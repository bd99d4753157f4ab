package org.openrcm.coding.codeset;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Field readers shared by the code set parsers; every failure names the line. */
final class FileLines {

    static final Pattern ICD10CM = Pattern.compile("^[A-Z][0-9][0-9A-Z]{1,5}$");
    static final Pattern ICD10CM_PREFIX = Pattern.compile("^[A-Z][0-9][0-9A-Z]{0,5}$");
    static final Pattern CPT = Pattern.compile("^[0-9]{4}[0-9FTU]$");
    static final Pattern HCPCS = Pattern.compile("^[A-V][0-9]{4}$");
    static final Pattern PROCEDURE = Pattern.compile("^([0-9]{4}[0-9FTU]|[A-V][0-9]{4})$");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private FileLines() {
    }

    /** Columns {@code from} to {@code to} (1-based, inclusive) of a fixed-width line, trimmed; "" past its end. */
    static String columns(String line, int from, int to) {
        if (line.length() < from) {
            return "";
        }
        return line.substring(from - 1, Math.min(to, line.length())).trim();
    }

    static String code(int lineNumber, String value, Pattern shape, String what) {
        if (!shape.matcher(value).matches()) {
            throw new CodeSetFileException(lineNumber, "'" + value + "' is not " + what);
        }
        return value;
    }

    /** A CCYYMMDD date as CMS files carry it; blank is no date. */
    static LocalDate basicDate(int lineNumber, String value, String what) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value, BASIC);
        } catch (DateTimeParseException e) {
            throw new CodeSetFileException(lineNumber, what + " '" + value + "' is not a CCYYMMDD date");
        }
    }

    /** One CSV line: commas separate, double quotes enclose a field that holds commas ("" is a quote). */
    static List<String> csv(int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CodeSetFileException(lineNumber, "a quoted field is not closed");
        }
        fields.add(field.toString().trim());
        return fields;
    }

    static int integer(int lineNumber, String value, String what) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new CodeSetFileException(lineNumber, what + " '" + value + "' is not a whole number");
        }
    }
}
