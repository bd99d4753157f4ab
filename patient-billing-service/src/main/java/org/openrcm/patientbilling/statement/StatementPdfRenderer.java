package org.openrcm.patientbilling.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openrcm.events.common.Address;

/**
 * Renders a statement as a US-letter PDF with the standard Helvetica fonts (nothing to embed, small files). The open
 * items continue on further pages when they do not fit; the amount due, due date and how to pay are on the first.
 */
@ApplicationScoped
public class StatementPdfRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final float MARGIN = 50;
    private static final float LINE = 13;
    private static final float[] COLUMNS = {50, 112, 205, 265, 325, 385, 445, 505};

    /**
     * The standard fonts of the thread rendering: constructing one looks up its metrics and a system font to measure
     * with, a noticeable share of a statement's rendering. Reused one document after another on one thread, as PDFBox
     * 2's shared constants were; never by two documents at once.
     */
    private static final ThreadLocal<Fonts> FONTS = ThreadLocal.withInitial(Fonts::new);

    private record Fonts(PDType1Font regular, PDType1Font bold) {
        Fonts() {
            this(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
        }
    }

    public byte[] render(StatementView view) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(document, FONTS.get()).write(view);
            // a one- or two-page statement gains a few hundred bytes from object streams and costs more to save
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render statement " + view.statementId(), e);
        }
    }

    /** Writes lines top-down, starting a new page when the current one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType1Font regular;
        private final PDType1Font bold;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, Fonts fonts) {
            this.document = document;
            this.regular = fonts.regular();
            this.bold = fonts.bold();
        }

        void write(StatementView view) throws IOException {
            newPage();
            try {
                header(view);
                summary(view);
                if (view.dunningMessage() != null) {
                    y -= LINE / 2;
                    text(bold, 11, MARGIN, view.dunningMessage());
                }
                openItems(view);
                activity(view);
                aging(view);
                howToPay(view);
            } finally {
                content.close();
            }
        }

        private void header(StatementView view) throws IOException {
            StatementView.Practice practice = view.practice();
            text(bold, 16, MARGIN, practice.name());
            for (String line : addressLines(practice.address())) {
                text(regular, 9, MARGIN, line);
            }
            if (practice.phone() != null) {
                text(regular, 9, MARGIN, "Billing questions: " + practice.phone());
            }
            y -= LINE;
            text(bold, 13, MARGIN, "PATIENT STATEMENT");
            text(regular, 10, MARGIN, "Statement date: " + DATE.format(view.statementDate())
                    + "    Account: " + view.accountId() + "    Patient: " + view.patientId());
            y -= LINE / 2;
            StatementView.Guarantor guarantor = view.guarantor();
            text(regular, 10, MARGIN, join(guarantor.firstName(), guarantor.lastName()));
            for (String line : addressLines(guarantor.mailingAddress())) {
                text(regular, 10, MARGIN, line);
            }
            y -= LINE / 2;
        }

        private void summary(StatementView view) throws IOException {
            text(regular, 10, MARGIN, "Previous balance: " + money(view.previousBalance())
                    + "    New charges: " + money(view.newCharges())
                    + "    Payments and adjustments: " + money(view.paymentsAndAdjustments()));
            text(bold, 12, MARGIN, "Amount due: " + money(view.amountDue()) + "    Please pay by "
                    + DATE.format(view.dueDate()));
            if (view.credit().signum() > 0) {
                text(regular, 10, MARGIN, "Credit on your account: " + money(view.credit())
                        + " (applied to your next charge unless you ask for a refund)");
            }
        }

        private void openItems(StatementView view) throws IOException {
            y -= LINE / 2;
            text(bold, 11, MARGIN, "What you owe and why");
            row(bold, "Service", "Provider", "Charged", "Ins. paid", "Ins. adj.", "You owe", "You paid", "Open");
            for (OpenItem item : view.openItems()) {
                row(regular, item.dateOfService() == null ? "" : DATE.format(item.dateOfService()),
                        item.provider() == null ? item.payer() : "NPI " + item.provider(), money(item.charged()),
                        money(item.insurancePaid()), money(item.insuranceAdjusted()), money(item.patientOwes()),
                        money(item.patientPaid()), money(item.open()));
                text(regular, 7, COLUMNS[1], "Claim " + item.claimId()
                        + (item.patientId() == null ? "" : ", patient " + item.patientId())
                        + (item.payer() == null ? "" : ", insurance: " + item.payer()));
            }
        }

        private void activity(StatementView view) throws IOException {
            if (view.activity().isEmpty()) {
                return;
            }
            y -= LINE / 2;
            text(bold, 11, MARGIN, "Payments and adjustments since your last statement");
            for (StatementView.Activity activity : view.activity()) {
                text(regular, 9, MARGIN, DATE.format(activity.date()) + "   " + activity.kind() + "   "
                        + (activity.reference() == null ? "" : activity.reference() + "   ")
                        + money(activity.amount()));
            }
        }

        private void aging(StatementView view) throws IOException {
            AgingBuckets aging = view.aging();
            y -= LINE / 2;
            text(bold, 11, MARGIN, "Account aging");
            row(bold, "0-30 days", "31-60", "61-90", "91-120", "Over 120", "", "", "");
            row(regular, money(aging.current()), money(aging.days31To60()), money(aging.days61To90()),
                    money(aging.days91To120()), money(aging.over120()), "", "", "");
        }

        private void howToPay(StatementView view) throws IOException {
            StatementView.Practice practice = view.practice();
            y -= LINE / 2;
            text(bold, 11, MARGIN, "How to pay");
            if (practice.howToPay() != null) {
                for (String line : wrap(practice.howToPay(), 95)) {
                    text(regular, 9, MARGIN, line);
                }
            }
            Address remitTo = practice.remitTo() != null ? practice.remitTo() : practice.address();
            if (remitTo != null) {
                text(regular, 9, MARGIN, "Mail checks to: " + practice.name() + ", "
                        + String.join(", ", addressLines(remitTo)));
            }
            text(regular, 9, MARGIN, "Please write account " + view.accountId() + " on your check.");
        }

        private void row(PDType1Font font, String... cells) throws IOException {
            ensureRoom();
            for (int i = 0; i < cells.length; i++) {
                show(font, 8, COLUMNS[i], y, cells[i]);
            }
            y -= LINE;
        }

        private void text(PDType1Font font, float size, float x, String text) throws IOException {
            ensureRoom();
            show(font, size, x, y, text);
            y -= Math.max(LINE, size + 3);
        }

        private void show(PDType1Font font, float size, float x, float atY, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(printable(text));
            content.endText();
        }

        private void ensureRoom() throws IOException {
            if (y < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }
    }

    static List<String> addressLines(Address address) {
        if (address == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(address.line1());
        if (address.line2() != null && !address.line2().isBlank()) {
            lines.add(address.line2());
        }
        lines.add(address.city() + ", " + address.state() + " " + address.postalCode());
        return lines;
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : "$" + amount.toPlainString();
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }

    /** The standard fonts encode WinAnsi only; anything else (and control characters) prints as '?'. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFF ? (char) c : '?'));
        return out.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
