package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The HCPCS Level II alpha-numeric file ({@code HCPC<YYYY>_<MON>_ANWEB}), 320-character records as its record
 * layout publishes them: 1-5 code, 6-10 sequence number, 11 record identification (3 first line of a procedure,
 * 4 its continuation lines, 7 and 8 the same for modifiers), 12-91 long description, 92-119 short description,
 * 269-276 code added date, 277-284 action effective date, 285-292 termination date (the last day the code may be
 * used). Continuation lines extend the long description; modifier records are not codes and are skipped.
 */
final class HcpcsAnwebParser implements CodeSetFileParser {

    @Override
    public List<Object[]> parse(BufferedReader reader, LocalDate effective) throws IOException {
        List<Object[]> rows = new ArrayList<>(8_000);
        Set<String> seen = new HashSet<>();
        Object[] current = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (line.length() < 12) {
                throw new CodeSetFileException(number, "too short for a HCPCS record (code, sequence, record id)");
            }
            char recordId = line.charAt(10);
            switch (recordId) {
                case '3' -> {
                    String code = FileLines.code(number, FileLines.columns(line, 1, 5), FileLines.HCPCS,
                            "a HCPCS Level II code (columns 1-5)");
                    if (!seen.add(code)) {
                        throw new CodeSetFileException(number, "code " + code + " has a second first-line record");
                    }
                    String longDescription = FileLines.columns(line, 12, 91);
                    if (longDescription.isEmpty()) {
                        throw new CodeSetFileException(number, "code " + code + " has no long description");
                    }
                    LocalDate added = FileLines.basicDate(number, FileLines.columns(line, 269, 276), "code added date");
                    LocalDate terminated = FileLines.basicDate(number, FileLines.columns(line, 285, 292),
                            "termination date");
                    FileLines.basicDate(number, FileLines.columns(line, 277, 284), "action effective date");
                    current = new Object[] {code, true, FileLines.columns(line, 92, 119), longDescription,
                        added != null ? added : effective, terminated};
                    rows.add(current);
                }
                case '4' -> {
                    String code = FileLines.columns(line, 1, 5);
                    if (current == null || !current[0].equals(code)) {
                        throw new CodeSetFileException(number, "continuation line of " + code
                                + " does not follow that code's first line");
                    }
                    current[3] = current[3] + " " + FileLines.columns(line, 12, 91);
                }
                case '7', '8' -> current = null;
                default -> throw new CodeSetFileException(number, "record identification code (column 11) '"
                        + recordId + "' is not 3, 4, 7 or 8");
            }
        }
        return rows;
    }
}
