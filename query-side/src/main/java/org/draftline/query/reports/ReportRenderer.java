package org.draftline.query.reports;

import org.draftline.api.ReadableTimes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.draftline.api.report.ReportFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a report in each format. The output depends only on the report (its generated-at stamp
 * included), so the same record gives the same bytes: no clock, no random ids, fixed PDF metadata.
 */
@Component
class ReportRenderer {

    static {
        // the PDF renderer narrates every page it lays out; nothing there for an operator to act on
        XRLog.setLoggingEnabled(false);
    }

    private static final Pattern ORDERED_LIST_ITEM = Pattern.compile("\\d{1,9}(?=[.)])");

    private final ObjectMapper json;

    ReportRenderer(ObjectMapper json) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    byte[] render(Report report, ReportFormat format) {
        return switch (format) {
            case JSON -> json(report);
            case CSV -> csv(report).getBytes(StandardCharsets.UTF_8);
            case MD -> markdown(report).getBytes(StandardCharsets.UTF_8);
            case HTML -> html(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(report);
        };
    }

    private byte[] json(Report report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * RFC 4180: the report's main section, its columns as the header row; then the integrity seals as
     * comment lines starting with {@code #} (read them with a comment marker, e.g. commons-csv's or pandas').
     * Every value is quoted, as OWASP advises against CSV injection, so that a cell is read as one text.
     */
    static String csv(Report report) {
        Report.Section main = report.sections().get(0);
        StringWriter out = new StringWriter();
        try {
            CSVFormat.RFC4180.print(out).printRecord(main.columns());
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setCommentMarker('#')
                    .setQuoteMode(QuoteMode.ALL).get())) {
                for (List<String> row : main.rows()) {
                    printer.printRecord(row.stream().map(ReportRenderer::spreadsheetSafe).toList());
                }
                for (Report.Seal seal : report.integrity()) {
                    printer.printComment("Integrity: " + seal.line());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return first) is given a leading apostrophe, which spreadsheets show as text (OWASP's rule
     * against CSV injection); every other cell is written as recorded.
     */
    static String spreadsheetSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String markdown(Report report) {
        StringBuilder md = new StringBuilder("# ").append(markdownText(report.title())).append("\n\n");
        md.append(markdownText(report.subtitle())).append(" · ").append(stamp(report)).append("\n\n");
        for (Report.Field field : report.summary()) {
            md.append("- **").append(markdownText(field.label())).append("**: ").append(markdownText(field.value()))
                    .append('\n');
        }
        for (Report.Section section : report.sections()) {
            md.append("\n## ").append(markdownText(section.heading())).append("\n\n");
            md.append("| ").append(String.join(" | ", section.columns().stream()
                    .map(ReportRenderer::markdownText).toList())).append(" |\n|");
            section.columns().forEach(column -> md.append(" --- |"));
            md.append('\n');
            for (List<String> row : section.rows()) {
                md.append("| ").append(String.join(" | ", row.stream().map(ReportRenderer::markdownText).toList()))
                        .append(" |\n");
            }
        }
        if (!report.integrity().isEmpty()) {
            md.append("\n## Integrity\n\n");
            report.integrity().forEach(seal -> md.append("- ").append(markdownText(seal.line())).append('\n'));
        }
        return md.toString();
    }

    /**
     * Recorded text as Markdown that shows it as typed and nothing more: HTML's {@code <}, {@code >} and
     * {@code &} as entities (no tag or entity of the reader's own reaches the page), the characters that
     * make emphasis, code, links, tables or strikethrough escaped, a marker of a heading, quote or list at
     * the start escaped, and line breaks as spaces, so no text opens a block of its own.
     */
    static String markdownText(String text) {
        StringBuilder md = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            switch (c) {
                case '&' -> md.append("&amp;");
                case '<' -> md.append("&lt;");
                case '>' -> md.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '!' -> md.append('\\').append(c);
                case '\n', '\r' -> md.append(' ');
                default -> md.append(c);
            }
        }
        String escaped = md.toString();
        if (!escaped.isEmpty() && "#+-=".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        Matcher number = ORDERED_LIST_ITEM.matcher(escaped);
        return number.lookingAt() ? escaped.substring(0, number.end()) + "\\" + escaped.substring(number.end())
                : escaped;
    }

    /** Printable XHTML (well-formed, so the PDF renderer reads it too), with page numbers when printed. */
    static String html(Report report) {
        PrintedColumns printed = PrintedColumns.of(report.sections());
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>
                <title>%s</title>
                <style>
                @page { size: %s; margin: 18mm 14mm 20mm 14mm;
                  @top-center { content: "%s"; font-size: 8pt; color: #444; }
                  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #444; } }
                body { font-family: sans-serif; font-size: 10pt; color: #111; }
                h1 { font-size: 16pt; margin: 0 0 4pt 0; }
                h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }
                .stamp { color: #444; margin: 0 0 8pt 0; }
                table.summary { width: auto; margin-bottom: 6pt; } table.summary th { background: none; width: 12em; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { border: 1px solid #888; padding: 2pt 4pt; text-align: left; vertical-align: top; }
                th { background: #e8e8e8; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                p.seal { font-family: monospace; font-size: 7pt; word-wrap: break-word; margin: 0 0 3pt 0; }
                table.rows { table-layout: fixed; font-size: %spt; }
                table.rows th, table.rows td { padding: 2pt 4pt; }
                td.wrap { word-wrap: break-word; }
                span.when { white-space: nowrap; }
                nav.home { margin: 0 0 6pt 0; } @media print { nav.home { display: none; } }
                %s</style></head><body>
                """.formatted(escape(report.title()), printed.landscape() ? "A4 landscape" : "A4",
                cssString(report.title() + " · " + stamp(report)), PrintedColumns.FONT_POINTS, columnWidths(report, printed)));
        if (report.home() != null) {
            html.append("<nav class=\"home\"><a href=\"").append(escape(report.home().path())).append("\">")
                    .append(escape(report.home().words())).append("</a></nav>\n");
        }
        html.append("<div role=\"main\">\n"); // the landmark a screen reader jumps to
        html.append("<h1>").append(escape(report.title())).append("</h1>\n");
        html.append("<p class=\"stamp\">").append(escape(report.subtitle())).append(" · ").append(escape(stamp(report)))
                .append("</p>\n<table class=\"summary\"><tbody>\n");
        for (Report.Field field : report.summary()) {
            html.append("<tr><th scope=\"row\">").append(escape(field.label())).append("</th><td>")
                    .append(escape(field.value())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        for (int index = 0; index < report.sections().size(); index++) {
            Report.Section section = report.sections().get(index);
            html.append("<h2>").append(escape(section.heading())).append("</h2>\n<table class=\"rows\"><colgroup>");
            for (int column = 0; column < section.columns().size(); column++) {
                html.append("<col class=\"s").append(index).append('c').append(column).append("\"/>");
            }
            html.append("</colgroup><thead><tr>");
            section.columns().forEach(column -> html.append("<th scope=\"col\">").append(escape(column)).append("</th>"));
            html.append("</tr></thead><tbody>\n");
            for (List<String> row : section.rows()) {
                html.append("<tr>");
                for (int column = 0; column < row.size(); column++) {
                    html.append(printed.breaksWords(index, column) ? "<td class=\"wrap\">" : "<td>")
                            .append(withDatesUnbroken(escape(row.get(column)))).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        if (!report.integrity().isEmpty()) {
            html.append("<h2>Integrity</h2>\n");
            report.integrity().forEach(seal -> html.append("<p class=\"seal\">").append(escape(seal.line()))
                    .append("</p>\n"));
        }
        return html.append("</div></body></html>\n").toString();
    }

    /** Each date with its hour in a cell kept on one line (escaping leaves digits, dashes and colons as they are). */
    private static String withDatesUnbroken(String escapedCell) {
        return PrintedColumns.WHEN.matcher(escapedCell).replaceAll("<span class=\"when\">$0</span>");
    }

    /** Each column's width as a rule of the style sheet (the report's HTML carries no style attribute). */
    private static String columnWidths(Report report, PrintedColumns printed) {
        StringBuilder css = new StringBuilder();
        for (int section = 0; section < report.sections().size(); section++) {
            for (int column = 0; column < report.sections().get(section).columns().size(); column++) {
                css.append("col.s").append(section).append('c').append(column).append(" { width: ")
                        .append(printed.width(section, column)).append("; }\n");
            }
        }
        return css.toString();
    }

    private byte[] pdf(Report report) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(html(report), null);
        builder.toStream(OutputStream.nullOutputStream());
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument document = renderer.createPDFKeepOpen();
            // the renderer stamps its own creation time and the file identifier comes from the clock:
            // both are replaced by the report's own stamp, so the same report gives the same bytes
            stampMetadata(document, report);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stampMetadata(PDDocument document, Report report) {
        Calendar stamp = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        stamp.setTimeInMillis(report.generatedAt().toEpochMilli());
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(report.title());
        information.setCreator("Draftline");
        information.setProducer("Draftline");
        information.setCreationDate(stamp);
        information.setModificationDate(stamp);
        document.setDocumentInformation(information);
        PdfIdentity.stamp(document, report.title() + "|" + report.generatedAt(), report.generatedAt());
    }

    private static String stamp(Report report) {
        return (report.asOf() == null ? "the whole record" : "the record as of " + ReadableTimes.of(report.asOf()))
                + ", generated " + ReadableTimes.of(report.generatedAt());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A CSS string inside the XHTML style element: CSS-escaped, then XML-escaped. */
    private static String cssString(String text) {
        return escape(text.replace("\\", "\\\\").replace("\"", "\\\""));
    }
}
