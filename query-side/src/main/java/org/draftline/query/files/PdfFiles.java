package org.draftline.query.files;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.draftline.query.reports.PdfIdentity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The draft files' PDFs, from the same XHTML the HTML files are: with fonts of their own embedded (DejaVu for
 * Latin, Cyrillic, Greek and Arabic, Droid Sans Fallback for Chinese, Japanese and Korean), so any script a
 * delegation writes in prints and can be copied back out; right-to-left text ordered and shaped by ICU. The
 * information dictionary names the document, the version and the head of the record's hash chain, and is
 * dated at the circulation, so the same record gives the same bytes.
 */
final class PdfFiles {

    /** The font families the XHTML's style names for print, in the order a missing glyph falls back through. */
    static final String FONT_FAMILIES = "'Draft Serif', 'Draft Sans', 'Draft CJK'";

    private static final String FONTS = "/org/draftline/query/files/fonts/";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfFiles() {
    }

    static byte[] render(String xhtml, FileProperties properties, String title) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        font(builder, "DejaVuSerif.ttf", "Draft Serif", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Italic.ttf", "Draft Serif", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(builder, "DejaVuSerif-Bold.ttf", "Draft Serif", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSans.ttf", "Draft Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DroidSansFallbackFull.ttf", "Draft CJK", 400, BaseRendererBuilder.FontStyle.NORMAL);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(java.util.Locale.ROOT));
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(OutputStream.nullOutputStream());
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument document = renderer.createPDFKeepOpen();
            stamp(document, properties, title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight,
                             BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> {
            InputStream font = PdfFiles.class.getResourceAsStream(FONTS + file);
            if (font == null) {
                throw new IllegalStateException("the font " + file + " is missing from the class path");
            }
            return font;
        }, family, weight, style, true);
    }

    private static void stamp(PDDocument document, FileProperties properties, String title) {
        Calendar stamp = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        stamp.setTimeInMillis(properties.stampedAt().toEpochMilli());
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(title);
        information.setSubject(properties.documentTitle() + ": " + properties.versionName());
        information.setKeywords(properties.description());
        information.setCreator("Draftline");
        information.setProducer("Draftline");
        information.setCreationDate(stamp);
        information.setModificationDate(stamp);
        information.setCustomMetadataValue("DraftlineDocument", properties.documentId());
        information.setCustomMetadataValue("DraftlineVersion", properties.version());
        if (properties.chainHead() != null) {
            information.setCustomMetadataValue("DraftlineChainHead", properties.chainHead());
            information.setCustomMetadataValue("DraftlineChainEvents", String.valueOf(properties.events()));
        }
        document.setDocumentInformation(information);
        PdfIdentity.stamp(document, title + "|" + properties.description(), properties.stampedAt());
    }
}
