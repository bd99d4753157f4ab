package org.openrcm.coding.codeset;

import java.util.List;

/** Rows in PostgreSQL's COPY text format: tab between fields, {@code \N} for null, backslash escapes. */
final class CopyText {

    private CopyText() {
    }

    static String of(long releaseId, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            text.append(releaseId);
            for (Object field : row) {
                text.append('\t');
                append(text, field);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object field) {
        if (field == null) {
            text.append("\\N");
            return;
        }
        if (field instanceof Boolean flag) {
            text.append(flag ? 't' : 'f');
            return;
        }
        String value = field.toString();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
