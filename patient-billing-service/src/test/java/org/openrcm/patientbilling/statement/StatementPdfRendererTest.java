package org.openrcm.patientbilling.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.BillingEvents.money;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openrcm.events.common.Address;

/**
 * The PDF says what the patient needs to read, checked by extracting its text. With
 * {@code -Drcm.sample-statement=<file>} it also writes the sample statement committed in the docs.
 */
class StatementPdfRendererTest {

    private final StatementPdfRenderer renderer = new StatementPdfRenderer();

    static StatementView sample(int openItems) {
        List<OpenItem> items = new ArrayList<>();
        for (int i = 0; i < openItems; i++) {
            items.add(new OpenItem("P-1001", "CLM-2026-" + (1000 + i), LocalDate.of(2026, 8, 14).plusDays(i),
                    "1234567893", "Aetna", money("170.40"), money("98.12"), money("47.28"), money("25.00"),
                    i == 0 ? money("10.00") : money("0.00"), i == 0 ? money("15.00") : money("25.00"),
                    LocalDate.of(2026, 9, 2).plusDays(i)));
        }
        return new StatementView("6a0c6f0e-2b1d-4f57-9d1c-3f0d7e1c2a11", "acc-00042", "P-1001",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                new StatementView.Practice("Sunrise Family Medicine", "(217) 555-0147",
                        new Address("200 Main St", "Suite 4", "Springfield", "IL", "62701"),
                        new Address("PO Box 9001", null, "Springfield", "IL", "62791"),
                        "Pay online at pay.sunrise.example with your account number, call us, or mail a check."),
                new StatementView.Guarantor("Ana", "Müller-Ríos", new Address("12 Birch Lane", null, "Springfield",
                        "IL", "62704")),
                money("25.00"), money("25.00"), money("10.00"), items.stream().map(OpenItem::open)
                        .reduce(money("0.00"), java.math.BigDecimal::add),
                money("0.00"), items,
                List.of(new StatementView.Activity(LocalDate.of(2026, 11, 10), "PAYMENT", "ppay-1", money("10.00"))),
                AgingBuckets.NONE.add(10, money("25.00")).add(70, money("15.00")), 2,
                "Second notice: this balance is 60 days past due. Please pay it now.");
    }

    @Test
    void theStatementShowsWhatIsDueByWhenWhyAndHowToPay() throws IOException {
        String text = text(renderer.render(sample(2)));

        assertThat(text).contains("Sunrise Family Medicine", "PATIENT STATEMENT", "Amount due: $40.00",
                "Please pay by 12/31/2026", "Statement date: 12/01/2026", "Ana Müller-Ríos", "12 Birch Lane",
                "Second notice", "CLM-2026-1000", "NPI 1234567893", "$170.40", "$98.12", "$47.28",
                "0-30 days", "Over 120", "How to pay", "pay.sunrise.example", "PO Box 9001", "ppay-1");
    }

    @Test
    void manyOpenItemsContinueOnFurtherPages() throws IOException {
        byte[] pdf = renderer.render(sample(80));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        String text = text(pdf);
        IntStream.of(0, 40, 79).forEach(i -> assertThat(text).contains("CLM-2026-" + (1000 + i)));
    }

    @Test
    void statementsRenderedOneAfterAnotherAndOnSeveralThreadsAreEachWholeAndReadable() throws Exception {
        List<byte[]> inTurn = List.of(renderer.render(sample(2)), renderer.render(sample(80)),
                renderer.render(sample(1)));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> atOnce = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int items = 1 + i % 4;
                atOnce.add(pool.submit(() -> renderer.render(sample(items))));
            }
            for (int i = 0; i < atOnce.size(); i++) {
                assertThat(text(atOnce.get(i).get())).contains("CLM-2026-" + (1000 + i % 4), "Amount due:",
                        "How to pay");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(text(inTurn.get(0))).contains("CLM-2026-1001").doesNotContain("CLM-2026-1002");
        try (PDDocument long80 = Loader.loadPDF(inTurn.get(1))) {
            assertThat(long80.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(inTurn.get(1))).contains("CLM-2026-1079");
        assertThat(text(inTurn.get(2))).contains("CLM-2026-1000", "Ana Müller-Ríos").doesNotContain("CLM-2026-1001");
    }

    @Test
    void charactersTheStandardFontsCannotPrintBecomeQuestionMarksRatherThanFailing() throws IOException {
        assertThat(StatementPdfRenderer.printable("Zoë 李\tX")).isEqualTo("Zoë ??X");
    }

    @Test
    @EnabledIfSystemProperty(named = "rcm.sample-statement", matches = ".+")
    void writesTheSampleStatement() throws IOException {
        Path target = Path.of(System.getProperty("rcm.sample-statement"));
        Files.write(target, renderer.render(sample(3)));
        assertThat(text(Files.readAllBytes(target))).contains("PATIENT STATEMENT");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
