package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A practice's licensed CPT file: CSV lines {@code code,descriptor}, an optional header line first. The descriptors
 * are the AMA's; they are stored for that tenant only and never shipped.
 */
final class CptCsvParser implements CodeSetFileParser {

    @Override
    public List<Object[]> parse(BufferedReader reader, LocalDate effective) throws IOException {
        List<Object[]> rows = new ArrayList<>(12_000);
        Set<String> seen = new HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || number == 1 && line.toLowerCase().startsWith("code,")) {
                continue;
            }
            List<String> fields = FileLines.csv(number, line);
            if (fields.size() < 2 || fields.get(1).isEmpty()) {
                throw new CodeSetFileException(number, "expected code,descriptor");
            }
            String code = FileLines.code(number, fields.get(0), FileLines.CPT, "a CPT code");
            if (!seen.add(code)) {
                throw new CodeSetFileException(number, "code " + code + " is listed twice");
            }
            String descriptor = fields.get(1);
            rows.add(new Object[] {code, true, descriptor.length() > 100 ? descriptor.substring(0, 100) : descriptor,
                descriptor, effective, null});
        }
        return rows;
    }
}
