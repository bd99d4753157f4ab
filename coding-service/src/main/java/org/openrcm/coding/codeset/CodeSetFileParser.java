package org.openrcm.coding.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Reads one published code set file into the rows of its table, or fails on the first bad line. */
interface CodeSetFileParser {

    /**
     * @param effective the release's effective date, for files whose lines carry no dates of their own
     * @return one field array per row, without the leading release id
     * @throws CodeSetFileException naming the first line that cannot be read
     */
    List<Object[]> parse(BufferedReader reader, LocalDate effective) throws IOException;
}
