package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A practitioner MUE table as CMS publishes it in CSV (after the notice lines and the header starting
 * "HCPCS/CPT Code"): code, MUE value, MUE adjudication indicator ("1 Line Edit", "2 Date of Service Edit: Policy",
 * "3 Date of Service Edit: Clinical"; its leading digit is kept), MUE rationale.
 */
final class MueParser implements CodeSetFileParser {

    @Override
    public List<Object[]> parse(BufferedReader reader, LocalDate effective) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        HeaderedLines lines = new HeaderedLines(reader, first -> first.replace("\"", "").startsWith("hcpcs"));
        for (HeaderedLines.Line line : lines.data()) {
            int number = line.number();
            List<String> fields = FileLines.csv(number, line.text());
            if (fields.size() < 3) {
                throw new CodeSetFileException(number, "expected code, MUE value, adjudication indicator[, rationale]");
            }
            String code = FileLines.code(number, fields.get(0), FileLines.PROCEDURE, "a CPT or HCPCS code");
            if (!seen.add(code)) {
                throw new CodeSetFileException(number, "code " + code + " is listed twice");
            }
            int units = FileLines.integer(number, fields.get(1), "MUE value");
            if (units < 0) {
                throw new CodeSetFileException(number, "MUE value must not be negative");
            }
            String indicator = fields.get(2);
            if (indicator.isEmpty() || indicator.charAt(0) < '1' || indicator.charAt(0) > '3') {
                throw new CodeSetFileException(number, "MUE adjudication indicator '" + indicator
                        + "' does not start with 1, 2 or 3");
            }
            rows.add(new Object[] {code, units, (short) (indicator.charAt(0) - '0'),
                fields.size() > 3 ? fields.get(3) : null});
        }
        return rows;
    }
}
