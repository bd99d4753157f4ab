package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An NCCI procedure-to-procedure edit table as CMS publishes it (tab separated, after a few lines of notices and the
 * column header line starting "Column 1"): column 1 code, column 2 code, "*" when in existence prior to 1996,
 * effective date, deletion date or "*" for none, modifier indicator (0 never together, 1 allowed with a modifier,
 * 9 not applicable), the edit's rationale.
 */
final class NcciPtpParser implements CodeSetFileParser {

    @Override
    public List<Object[]> parse(BufferedReader reader, LocalDate effective) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        HeaderedLines lines = new HeaderedLines(reader, first -> first.startsWith("column 1"));
        for (HeaderedLines.Line line : lines.data()) {
            int number = line.number();
            String[] fields = line.text().split("\t", -1);
            if (fields.length < 6) {
                throw new CodeSetFileException(number, "expected 6 or 7 tab-separated fields, found " + fields.length);
            }
            String column1 = FileLines.code(number, fields[0].trim(), FileLines.PROCEDURE, "a column 1 procedure code");
            String column2 = FileLines.code(number, fields[1].trim(), FileLines.PROCEDURE, "a column 2 procedure code");
            LocalDate from = FileLines.basicDate(number, fields[3].trim(), "effective date");
            if (from == null) {
                throw new CodeSetFileException(number, "effective date is missing");
            }
            String deletion = fields[4].trim();
            LocalDate deleted = deletion.equals("*") ? null : FileLines.basicDate(number, deletion, "deletion date");
            String indicator = fields[5].trim();
            if (!indicator.equals("0") && !indicator.equals("1") && !indicator.equals("9")) {
                throw new CodeSetFileException(number, "modifier indicator '" + indicator + "' is not 0, 1 or 9");
            }
            rows.add(new Object[] {column1, column2, from, deleted, indicator,
                fields.length > 6 ? fields[6].trim() : null});
        }
        return rows;
    }
}
