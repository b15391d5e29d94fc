package org.specloop.ui.record;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Lays an approval record out as an A4 PDF with OpenPDF: head facts, one table per section (headers
 * repeated on every page), the signature manifestation, and on every page's foot the record's title,
 * its generation time and the page number, so a loose printed page still says what it belongs to.
 */
public final class RecordPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 8.5f);
    private static final Font BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.DARK_GRAY);
    private static final Color HEADER = new Color(0xE8, 0xEC, 0xF0);

    private RecordPdf() {
    }

    public static byte[] render(ApprovalRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 44, 52);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(record));
            document.addTitle(record.title());
            document.addCreator("SpecLoop");
            document.open();
            document.add(new Paragraph(record.title(), TITLE));
            document.add(new Paragraph(record.subtitle(), HEADING));
            document.add(facts(record.facts()));
            for (ApprovalRecord.Section section : record.sections()) {
                section(document, section);
            }
            signatures(document, record.signatures());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out " + record.title(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable facts(List<ApprovalRecord.Fact> facts) {
        PdfPTable table = new PdfPTable(new float[]{1, 3.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (ApprovalRecord.Fact fact : facts) {
            table.addCell(cell(fact.label(), BOLD, null));
            table.addCell(cell(fact.value(), TEXT, null));
        }
        return table;
    }

    private static void section(Document document, ApprovalRecord.Section section) {
        Paragraph heading = new Paragraph(section.heading(), HEADING);
        heading.setSpacingBefore(12);
        heading.setKeepTogether(true);
        document.add(heading);
        if (section.note() != null) {
            document.add(new Paragraph(section.note(), TEXT));
        }
        if (section.hasRows()) {
            document.add(table(section.columns(), section.rows()));
        }
    }

    private static void signatures(Document document, List<ApprovalRecord.SignatureLine> lines) {
        Paragraph heading = new Paragraph("Signatures", HEADING);
        heading.setSpacingBefore(12);
        document.add(heading);
        document.add(new Paragraph("Each line gives the printed name (user id) of the signer, the date and time of"
                + " signing in UTC, and the meaning of the signature (21 CFR 11.50). Approval, review and rejection"
                + " were signed with the signer's password entered again.", TEXT));
        if (lines.isEmpty()) {
            document.add(new Paragraph("Nobody has signed yet.", TEXT));
            return;
        }
        PdfPTable table = table(List.of("Action", "Printed name", "Date and time", "Meaning", "Reason"), lines.stream()
                .map(l -> List.of(l.action(), l.signer(), l.at(), l.meaning(), l.reason())).toList());
        document.add(table);
    }

    private static PdfPTable table(List<String> columns, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setWidths(widths(columns, rows));
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        columns.forEach(column -> table.addCell(cell(column, BOLD, HEADER)));
        rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, TEXT, null))));
        return table;
    }

    /** Columns as wide as their longest text, within bounds: a path or a time stays on one line where it fits. */
    private static float[] widths(List<String> columns, List<List<String>> rows) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            int longest = columns.get(i).length();
            int word = longestWord(columns.get(i));
            for (List<String> row : rows) {
                String text = row.get(i) == null ? "" : row.get(i);
                longest = Math.max(longest, text.length());
                word = Math.max(word, longestWord(text));
            }
            // capitals and bold headers are wider than the average letter: a word gets a third more room
            widths[i] = Math.max(Math.max(Math.min(longest, 40), word * 1.35f), 6);
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        cell.setBorderColor(Color.LIGHT_GRAY);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static final class Footer extends PdfPageEventHelper {
        private final ApprovalRecord record;

        Footer(ApprovalRecord record) {
            this.record = record;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase foot = new Phrase(new Chunk(record.title() + " · generated " + record.generatedAt()
                    + " · page " + writer.getPageNumber(), SMALL));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, foot,
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
