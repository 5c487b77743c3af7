package org.draftline.query.files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.draftline.api.compilation.Compilation;
import org.draftline.api.compilation.Compilation.CompiledParagraph;
import org.draftline.api.compilation.Compilation.CompiledProposal;
import org.draftline.api.compilation.Compilation.DelegationTakeUp;
import org.draftline.api.compilation.TakeUp;
import org.draftline.api.delegation.Delegation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * The compilation text as the United Nations lays one out: a table with a row per paragraph of the version,
 * its wording, every proposal on it by delegation (and the group it spoke for), and the take-up column, whether
 * the next version reflected each. In Word, PDF (and printable HTML) with the take-up by delegation after it; in
 * CSV the main table alone, a row per paragraph, the proposals and their take-up one a line in their cells.
 * Here the paragraphs keep their labels ({@code PP1}, {@code OP3}): a compilation is read by them.
 */
final class CompilationTable {

    record Row(String paragraph, String text, List<String> proposals, List<String> takeUp) {
    }

    private final DraftLayout masthead;
    private final Compilation compilation;

    CompilationTable(DraftLayout masthead, Compilation compilation) {
        this.masthead = masthead;
        this.compilation = compilation;
    }

    String title() {
        return "Compilation text of the " + compilation.name() + ": " + masthead.title();
    }

    List<String> columns() {
        return List.of("Paragraph", "Text of the " + compilation.name(), "Proposals",
                compilation.nextVersion() == null ? "Take-up (judged once the next version is circulated)"
                        : "Take-up in " + compilation.nextVersion().displayName());
    }

    List<Row> rows() {
        return compilation.paragraphs().stream().map(CompilationTable::row).toList();
    }

    private static Row row(CompiledParagraph paragraph) {
        return new Row(paragraph.label(), paragraph.text(),
                paragraph.proposals().stream().map(CompilationTable::proposal).toList(),
                paragraph.proposals().stream().map(proposal -> speaker(proposal) + ": " + takeUp(proposal.takeUp()))
                        .toList());
    }

    static String proposal(CompiledProposal proposal) {
        String action = switch (proposal.action()) {
            case AMEND -> "amend to read";
            case INSERT_AFTER -> "insert after it";
            case DELETE -> "delete";
        };
        return speaker(proposal) + " (" + action
                + ("SILENCE_BREAK".equals(proposal.source()) ? ", breaking silence" : "") + ")"
                + (proposal.text() == null ? "" : ": " + proposal.text());
    }

    private static String speaker(CompiledProposal proposal) {
        return speaker(proposal.delegation(), proposal.onBehalfOf());
    }

    static String speaker(Delegation delegation, Delegation onBehalfOf) {
        return onBehalfOf == null ? delegation.name() : delegation.name() + " for " + onBehalfOf.name();
    }

    private static String takeUp(TakeUp takeUp) {
        if (takeUp == null) {
            return "not yet judged";
        }
        return switch (takeUp) {
            case REFLECTED -> "reflected";
            case PARTLY_REFLECTED -> "partly reflected";
            case NOT_REFLECTED -> "not reflected";
            case SUPERSEDED -> "superseded (the paragraph is gone)";
        };
    }

    /**
     * RFC 4180, every cell quoted; a cell a spreadsheet would run as a formula gets a leading apostrophe, as the
     * reports' CSV does (OWASP's rule against CSV injection).
     */
    String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get())) {
            printer.printRecord(columns());
            for (Row row : rows()) {
                printer.printRecord(spreadsheetSafe(row.paragraph()), spreadsheetSafe(row.text()),
                        spreadsheetSafe(String.join("\n", row.proposals())),
                        spreadsheetSafe(String.join("\n", row.takeUp())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String spreadsheetSafe(String cell) {
        return cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
    }

    /** Printable XHTML, the PDF's source too. */
    String xhtml(String fonts) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>
                <title>%s</title>
                <style>
                @page { size: A4 landscape; margin: 16mm 14mm 18mm 14mm;
                  @bottom-center { content: counter(page); font-size: 9pt; } }
                body { font-family: %s; font-size: 10pt; line-height: 1.3; color: #000; }
                p.masthead { margin: 0 0 2pt 0; }
                h1 { font-size: 12pt; margin: 10pt 0 8pt 0; }
                h2 { font-size: 11pt; margin: 14pt 0 6pt 0; }
                table { border-collapse: collapse; width: 100%%; table-layout: fixed; }
                th, td { border: 0.75pt solid #000; padding: 3pt 4pt; text-align: left; vertical-align: top;
                  word-wrap: break-word; overflow-wrap: break-word; }
                th { background: #e6e6e6; }
                thead { display: table-header-group; }
                col.label { width: 11%%; } col.text { width: 36%%; } col.proposals { width: 35%%; } col.takeup { width: 18%%; }
                td p { margin: 0 0 4pt 0; }
                </style></head><body>
                """.formatted(DraftMarkup.escape(title()), fonts));
        html.append("<div role=\"main\">\n"); // the landmark a screen reader jumps to
        for (String line : masthead.heading()) {
            html.append("<p class=\"masthead\"><strong>").append(DraftMarkup.escape(line)).append("</strong></p>\n");
        }
        html.append("<p class=\"masthead\">").append(DraftMarkup.escape(masthead.designation())).append(", ")
                .append(DraftMarkup.escape(masthead.date())).append("</p>\n");
        html.append("<h1>").append(DraftMarkup.escape(title())).append("</h1>\n");
        html.append("<table><colgroup><col class=\"label\"/><col class=\"text\"/><col class=\"proposals\"/>"
                + "<col class=\"takeup\"/></colgroup><thead><tr>");
        columns().forEach(column -> html.append("<th scope=\"col\">").append(DraftMarkup.escape(column)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (Row row : rows()) {
            html.append("<tr><td>").append(DraftMarkup.escape(row.paragraph())).append("</td><td>")
                    .append(DraftMarkup.escape(row.text())).append("</td><td>").append(lines(row.proposals()))
                    .append("</td><td>").append(lines(row.takeUp())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        if (!compilation.takeUp().isEmpty()) {
            html.append("<h2>Take-up by delegation</h2>\n<table><thead><tr>");
            byDelegationColumns().forEach(column -> html.append("<th scope=\"col\">").append(DraftMarkup.escape(column))
                    .append("</th>"));
            html.append("</tr></thead><tbody>\n");
            for (List<String> row : byDelegation()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(DraftMarkup.escape(cell)).append("</td>"));
                html.append("</tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        return html.append("</div></body></html>\n").toString();
    }

    private static String lines(List<String> lines) {
        StringBuilder cell = new StringBuilder();
        lines.forEach(line -> cell.append("<p>").append(DraftMarkup.escape(line)).append("</p>"));
        return cell.toString();
    }

    private static List<String> byDelegationColumns() {
        return List.of("Delegation", "Proposals", "Reflected", "Partly reflected", "Not reflected", "Superseded");
    }

    private List<List<String>> byDelegation() {
        return compilation.takeUp().stream().map(CompilationTable::byDelegation).toList();
    }

    private static List<String> byDelegation(DelegationTakeUp takeUp) {
        return List.of(takeUp.delegation().name(), String.valueOf(takeUp.proposals()),
                String.valueOf(takeUp.reflected()), String.valueOf(takeUp.partlyReflected()),
                String.valueOf(takeUp.notReflected()), String.valueOf(takeUp.superseded()));
    }

    /** Word, landscape, the table's header row repeated on every page. */
    byte[] docx() {
        try (XWPFDocument document = new XWPFDocument()) {
            landscape(document);
            for (String line : masthead.heading()) {
                WordFiles.run(document.createParagraph(), line).setBold(true);
            }
            WordFiles.run(document.createParagraph(), masthead.designation() + ", " + masthead.date());
            XWPFParagraph heading = document.createParagraph();
            heading.setSpacingBefore(240);
            heading.setSpacingAfter(240);
            WordFiles.run(heading, title()).setBold(true);
            List<Row> rows = rows();
            XWPFTable table = table(document, rows.size() + 1, 4, new int[] {1100, 5000, 4900, 2400});
            header(table.getRow(0), columns());
            for (int index = 0; index < rows.size(); index++) {
                Row row = rows.get(index);
                XWPFTableRow cells = table.getRow(index + 1);
                text(cells.getCell(0), List.of(row.paragraph()));
                text(cells.getCell(1), List.of(row.text()));
                text(cells.getCell(2), row.proposals());
                text(cells.getCell(3), row.takeUp());
            }
            if (!compilation.takeUp().isEmpty()) {
                XWPFParagraph byDelegation = document.createParagraph();
                byDelegation.setSpacingBefore(360);
                WordFiles.run(byDelegation, "Take-up by delegation").setBold(true);
                List<List<String>> lines = byDelegation();
                XWPFTable summary = table(document, lines.size() + 1, 6, new int[] {3400, 1600, 1600, 1800, 1800, 1600});
                header(summary.getRow(0), byDelegationColumns());
                for (int index = 0; index < lines.size(); index++) {
                    for (int column = 0; column < 6; column++) {
                        text(summary.getRow(index + 1).getCell(column), List.of(lines.get(index).get(column)));
                    }
                }
            }
            WordFiles.properties(document, masthead.properties(), title());
            return WordFiles.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void landscape(XWPFDocument document) {
        var section = document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        var margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(1000));
        margins.setRight(BigInteger.valueOf(1000));
        margins.setTop(BigInteger.valueOf(1000));
        margins.setBottom(BigInteger.valueOf(1000));
    }

    private static XWPFTable table(XWPFDocument document, int rows, int columns, int[] widths) {
        XWPFTable table = document.createTable(rows, columns);
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < columns; column++) {
                row.getCell(column).setWidth(String.valueOf(widths[column]));
            }
        }
        table.getRow(0).setRepeatHeader(true);
        return table;
    }

    private static void header(XWPFTableRow row, List<String> columns) {
        for (int column = 0; column < columns.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            WordFiles.run(cell.getParagraphs().get(0), columns.get(column)).setBold(true);
        }
    }

    /** Each line a paragraph of the cell; the cell's own first paragraph takes the first. */
    private static void text(XWPFTableCell cell, List<String> lines) {
        for (int index = 0; index < lines.size(); index++) {
            XWPFParagraph paragraph = index == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            WordFiles.run(paragraph, lines.get(index));
        }
    }
}
