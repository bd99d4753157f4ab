package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Our transcription of ICD-10-CM conventions from the public guidelines and tabular list, CSV
 * {@code rule,code,through,value} after a header line:
 * <ul>
 * <li>{@code EXCLUDES1,E11,,E10}: a code starting E11 is never coded with one starting E10;</li>
 * <li>{@code MANIFESTATION,G63,,}: a manifestation code, never first-listed;</li>
 * <li>{@code SEVENTH_CHARACTER,S00,T88,}: codes in the range need a 7th character;</li>
 * <li>{@code AGE,P00,P96,0-0}: codes in the range fit patients of that age in years (inclusive);</li>
 * <li>{@code SEX,O00,O9A,F}: codes in the range fit one sex only.</li>
 * </ul>
 * Codes and ranges are code prefixes; an empty {@code through} is the code itself.
 */
final class ConventionsCsvParser implements CodeSetFileParser {

    private static final Pattern AGE_RANGE = Pattern.compile("^[0-9]{1,3}-[0-9]{1,3}$");

    @Override
    public List<Object[]> parse(BufferedReader reader, LocalDate effective) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        HeaderedLines lines = new HeaderedLines(reader, first -> first.startsWith("rule,"));
        for (HeaderedLines.Line line : lines.data()) {
            int number = line.number();
            List<String> fields = FileLines.csv(number, line.text());
            if (fields.size() < 2) {
                throw new CodeSetFileException(number, "expected rule,code,through,value");
            }
            ConventionRule.Rule rule;
            try {
                rule = ConventionRule.Rule.valueOf(fields.get(0));
            } catch (IllegalArgumentException e) {
                throw new CodeSetFileException(number, "unknown rule '" + fields.get(0) + "'");
            }
            String first = FileLines.code(number, fields.get(1), FileLines.ICD10CM_PREFIX, "an ICD-10-CM code prefix");
            String through = fields.size() > 2 && !fields.get(2).isEmpty()
                    ? FileLines.code(number, fields.get(2), FileLines.ICD10CM_PREFIX, "an ICD-10-CM code prefix")
                    : first;
            String value = fields.size() > 3 ? fields.get(3) : "";
            switch (rule) {
                case EXCLUDES1 -> FileLines.code(number, value, FileLines.ICD10CM_PREFIX,
                        "the excluded ICD-10-CM code prefix");
                case AGE -> {
                    if (!AGE_RANGE.matcher(value).matches()) {
                        throw new CodeSetFileException(number, "age range '" + value + "' is not min-max in years");
                    }
                }
                case SEX -> {
                    if (!value.equals("F") && !value.equals("M")) {
                        throw new CodeSetFileException(number, "sex '" + value + "' is not F or M");
                    }
                }
                case MANIFESTATION, SEVENTH_CHARACTER -> value = null;
            }
            rows.add(new Object[] {rule.name(), first, through, value, number});
        }
        return rows;
    }
}
