package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ICD-10-CM order file ({@code icd10cm_order_YYYY.txt}), fixed width: columns 1-5 order number, 7-13 code
 * without the dot, 15 billable flag (1 billable, 0 header), 17-76 short description, 78 to the end the long one.
 * The file carries no dates: its codes are in force from the release's effective date until the next release.
 */
final class Icd10cmOrderFileParser implements CodeSetFileParser {

    @Override
    public List<Object[]> parse(BufferedReader reader, LocalDate effective) throws IOException {
        List<Object[]> rows = new ArrayList<>(80_000);
        Set<String> seen = new HashSet<>(100_000);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (line.length() < 17) {
                throw new CodeSetFileException(number, "too short for an order file record (code, flag, description)");
            }
            String order = FileLines.columns(line, 1, 5);
            if (!order.chars().allMatch(Character::isDigit) || order.isEmpty()) {
                throw new CodeSetFileException(number, "order number (columns 1-5) '" + order + "' is not a number");
            }
            String code = FileLines.code(number, FileLines.columns(line, 7, 13), FileLines.ICD10CM,
                    "an ICD-10-CM code (columns 7-13)");
            char flag = line.charAt(14);
            if (flag != '0' && flag != '1') {
                throw new CodeSetFileException(number, "billable flag (column 15) must be 0 or 1, not '" + flag + "'");
            }
            String shortDescription = FileLines.columns(line, 17, 76);
            String longDescription = FileLines.columns(line, 78, line.length());
            if (longDescription.isEmpty()) {
                longDescription = shortDescription;
            }
            if (longDescription.isEmpty()) {
                throw new CodeSetFileException(number, "code " + code + " has no description");
            }
            if (!seen.add(code)) {
                throw new CodeSetFileException(number, "code " + code + " is listed twice");
            }
            rows.add(new Object[] {code, flag == '1', shortDescription, longDescription, effective, null});
        }
        return rows;
    }
}
