package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lines of a CMS table that may open with notices and a column header: when one of the first lines is the
 * header, data starts after it; otherwise every line is data, so a bad first line is reported, not skipped.
 */
final class HeaderedLines {

    private static final int HEADER_SEARCH_LINES = 20;

    record Line(int number, String text) {
    }

    private final List<Line> data = new ArrayList<>();

    HeaderedLines(BufferedReader reader, Predicate<String> isHeader) throws IOException {
        List<Line> all = new ArrayList<>();
        int headerAt = -1;
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (headerAt < 0 && number <= HEADER_SEARCH_LINES && isHeader.test(text.trim().toLowerCase())) {
                headerAt = number;
                all.clear();
                continue;
            }
            if (!text.isBlank()) {
                all.add(new Line(number, text));
            }
        }
        data.addAll(all);
    }

    List<Line> data() {
        return data;
    }
}
