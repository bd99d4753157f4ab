package org.openrcm.coding.codeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CodeSetParsersTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 10, 1);

    /** One order file record laid out by column as CMS publishes it. */
    static String orderLine(int order, String code, boolean billable, String description) {
        return String.format("%05d %-7s %s %-60s %s", order, code, billable ? "1" : "0",
                description.length() > 60 ? description.substring(0, 60) : description, description);
    }

    /** One ANWEB record: code, sequence, record id, long and short description, added and termination dates. */
    static String anwebLine(String code, int sequence, char recordId, String longText, String shortText,
            String added, String terminated) {
        char[] line = " ".repeat(320).toCharArray();
        put(line, 1, code);
        put(line, 6, String.format("%05d", sequence));
        put(line, 11, String.valueOf(recordId));
        put(line, 12, longText);
        put(line, 92, shortText);
        put(line, 269, added);
        put(line, 277, added);
        put(line, 285, terminated);
        return new String(line).stripTrailing();
    }

    private static void put(char[] line, int column, String value) {
        value.getChars(0, value.length(), line, column - 1);
    }

    @Test
    void readsTheOrderFileByColumnWithBillableFlagAndLongDescription() throws IOException {
        List<Object[]> rows = parse(new Icd10cmOrderFileParser(), orderLine(1, "E11", false, "Type 2 diabetes mellitus")
                + "\n" + orderLine(2, "E119", true, "Type 2 diabetes mellitus without complications") + "\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus",
                EFFECTIVE, null);
        assertThat(rows.get(1)[0]).isEqualTo("E119");
        assertThat(rows.get(1)[1]).isEqualTo(true);
        assertThat(rows.get(1)[3]).isEqualTo("Type 2 diabetes mellitus without complications");
    }

    @Test
    void namesTheLineOfABadBillableFlagInTheOrderFile() {
        String bad = orderLine(2, "I10", true, "Essential (primary) hypertension").replaceFirst(" 1 ", " X ");

        assertThatThrownBy(() -> parse(new Icd10cmOrderFileParser(), orderLine(1, "E119", true, "T2DM") + "\n" + bad))
                .isInstanceOf(CodeSetFileException.class).hasMessageStartingWith("line 2:")
                .hasMessageContaining("billable flag");
    }

    @Test
    void namesTheLineOfACodeListedTwiceOrMalformed() {
        assertThatThrownBy(() -> parse(new Icd10cmOrderFileParser(), orderLine(1, "I10", true, "Hypertension") + "\n"
                + orderLine(2, "I10", true, "Hypertension"))).hasMessageStartingWith("line 2:")
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> parse(new Icd10cmOrderFileParser(), orderLine(1, "110", true, "Not a code")))
                .hasMessageStartingWith("line 1:").hasMessageContaining("ICD-10-CM code");
    }

    @Test
    void joinsHcpcsContinuationLinesAndKeepsAddedAndTerminationDates() throws IOException {
        String file = anwebLine("G0439", 100, '3', "Annual wellness visit, includes a personalized prevention plan",
                "Ppps, subseq visit", "20110101", "") + "\n"
                + anwebLine("G0439", 101, '4', "of service (pps), subsequent visit", "", "", "") + "\n"
                + anwebLine("   25", 200, '7', "Significant, separately identifiable e/m service", "Sig sep e/m", "", "")
                + "\n" + anwebLine("G0101", 300, '3', "Cervical or vaginal cancer screening", "Ca screen", "19980101",
                        "20241231");

        List<Object[]> rows = parse(new HcpcsAnwebParser(), file);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)[3]).isEqualTo("Annual wellness visit, includes a personalized prevention plan of"
                + " service (pps), subsequent visit");
        assertThat(rows.get(0)[4]).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(rows.get(1)[5]).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void rejectsAnUnknownHcpcsRecordIdAndAnOrphanContinuation() {
        assertThatThrownBy(() -> parse(new HcpcsAnwebParser(), anwebLine("G0439", 100, '5', "x", "x", "20110101", "")))
                .hasMessageStartingWith("line 1:").hasMessageContaining("record identification");
        assertThatThrownBy(() -> parse(new HcpcsAnwebParser(), anwebLine("G0439", 100, '3', "x", "x", "20110101", "")
                + "\n" + anwebLine("G0438", 101, '4', "y", "", "", ""))).hasMessageStartingWith("line 2:");
    }

    @Test
    void readsNcciRowsAfterTheNoticesWithStarAsNoDeletionDate() throws IOException {
        String file = "CPT codes and descriptions only are copyright American Medical Association.\n"
                + "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
                + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n"
                + "93000\t93005\t*\t19960101\t*\t0\tCPT Manual or CMS manual coding instructions\n"
                + "80053\t36415\t\t20040101\t20050101\t9\tMisuse of column two code with column one code\n";

        List<Object[]> rows = parse(new NcciPtpParser(), file);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("93000", "93005", LocalDate.of(1996, 1, 1), null, "0",
                "CPT Manual or CMS manual coding instructions");
        assertThat(rows.get(1)[3]).isEqualTo(LocalDate.of(2005, 1, 1));
    }

    @Test
    void namesTheNcciLineWithAModifierIndicatorOtherThan019() {
        String file = "Column 1\tColumn 2\n93000\t93005\t*\t19960101\t*\t0\tok\n93000\t93010\t*\t19960101\t*\t2\tbad\n";

        assertThatThrownBy(() -> parse(new NcciPtpParser(), file)).hasMessageStartingWith("line 3:")
                .hasMessageContaining("modifier indicator");
    }

    @Test
    void readsMueValuesAndTheAdjudicationIndicatorsLeadingDigit() throws IOException {
        String file = "\"notice\"\n\"HCPCS/CPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication"
                + " Indicator\",\"MUE Rationale\"\n\"36415\",\"2\",\"2 Date of Service Edit: Policy\",\"CMS Policy\"\n";

        assertThat(parse(new MueParser(), file)).singleElement()
                .satisfies(row -> assertThat(row).containsExactly("36415", 2, (short) 2, "CMS Policy"));
        assertThatThrownBy(() -> parse(new MueParser(), "\"36415\",\"two\",\"2 Date of Service Edit\"\n"))
                .hasMessageStartingWith("line 1:").hasMessageContaining("MUE value");
    }

    @Test
    void readsATenantsCptFileWithQuotedDescriptors() throws IOException {
        List<Object[]> rows = parse(new CptCsvParser(), "code,descriptor\n99213,\"Office visit, established\"\n");

        assertThat(rows).singleElement().satisfies(row -> assertThat(row[3]).isEqualTo("Office visit, established"));
        assertThatThrownBy(() -> parse(new CptCsvParser(), "code,descriptor\nG0439,HCPCS not CPT\n"))
                .hasMessageStartingWith("line 2:");
    }

    @Test
    void readsConventionsAndRejectsAnUnknownRuleOrBadValue() throws IOException {
        List<Object[]> rows = parse(new ConventionsCsvParser(),
                "rule,code,through,value\nEXCLUDES1,E11,,E10\nAGE,P00,P96,0-0\nSEX,O00,O9A,F\nMANIFESTATION,G63,,\n");

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("AGE", "P00", "P96", "0-0", 3);
        assertThatThrownBy(() -> parse(new ConventionsCsvParser(), "rule,code,through,value\nEXCLUDES2,E11,,E10\n"))
                .hasMessageStartingWith("line 2:").hasMessageContaining("unknown rule");
        assertThatThrownBy(() -> parse(new ConventionsCsvParser(), "rule,code,through,value\nSEX,N40,,X\n"))
                .hasMessageStartingWith("line 2:");
    }

    @Test
    void theShippedStarterFilesAllParse() throws IOException {
        for (String[] file : new String[][] {{"icd10cm_order_starter.txt", "ICD10CM"},
            {"HCPC_starter_ANWEB.txt", "HCPCS"}, {"cpt_starter.csv", "CPT"}, {"ncci_ptp_starter.txt", "NCCI_PTP"},
            {"mue_starter.csv", "MUE"}, {"conventions.csv", "CONVENTIONS"}}) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    getClass().getResourceAsStream("/codesets/starter/" + file[0])))) {
                assertThat(CodeSetKind.valueOf(file[1]).parser().parse(reader, EFFECTIVE)).as(file[0]).isNotEmpty();
            }
        }
    }

    private static List<Object[]> parse(CodeSetFileParser parser, String text) throws IOException {
        return parser.parse(new BufferedReader(new StringReader(text)), EFFECTIVE);
    }
}
