package org.draftline.query.files;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.compilation.Compilation;
import org.draftline.api.compilation.FindCompilation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.CompareDrafts;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftVersion;
import org.draftline.api.reading.FindNegotiatingText;
import org.draftline.api.reading.NegotiatingText;
import org.draftline.api.draft.FindDraft;
import org.draftline.api.draft.Redline;
import org.draftline.api.file.DraftFileFormat;
import org.draftline.api.file.RenderDraftFile;
import org.draftline.api.integrity.IntegrityCheck;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocument;
import org.draftline.platform.web.NotFound;
import org.draftline.query.drafts.RedlineHtml;
import org.draftline.query.integrity.IntegrityChecks;
import org.draftline.query.status.MembersOnly;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers {@link RenderDraftFile}: the draft, its redline and its compilation as files, from the same read models
 * the API's JSON comes from, so the API and the pages give the same files. The compilation is members-only as
 * its JSON is; the drafts and redlines are the public texts.
 */
@Component
class DraftFiles {

    /** What the HTML files ask of a browser: the United Nations' own typeface where the reader has it. */
    private static final String SCREEN_FONTS = "'Times New Roman', Times, 'DejaVu Serif', serif";

    private final QueryGateway queries;
    private final IntegrityChecks integrity;
    private final MembersOnly membersOnly;

    DraftFiles(QueryGateway queries, IntegrityChecks integrity, MembersOnly membersOnly) {
        this.queries = queries;
        this.integrity = integrity;
        this.membersOnly = membersOnly;
    }

    @QueryHandler
    RenderedReport handle(RenderDraftFile request, MetaData reader) {
        DocumentId documentId = request.documentId();
        if (request.part() == RenderDraftFile.Part.COMPILATION) {
            membersOnly.require(documentId, reader, "its compilation of proposals");
        }
        if (request.part() == RenderDraftFile.Part.NEGOTIATING_TEXT) {
            membersOnly.require(documentId, reader, "its negotiating text with who holds its brackets");
        }
        DocumentStatus document = queries.query(new FindDocument(documentId),
                        ResponseTypes.optionalInstanceOf(DocumentStatus.class)).join()
                .orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_DOCUMENT.name(),
                        "no document '" + documentId + "' is registered"));
        DraftVersion version = version(documentId, request.label());
        Optional<IntegrityCheck> check = integrity.of(documentId);
        return switch (request.part()) {
            case TEXT -> text(document, version, check, request.format());
            case REDLINE -> redline(document, version, version(documentId, request.with()), check, request.format());
            case COMPILATION -> compilation(document, version, check, request.format());
            case NEGOTIATING_TEXT -> negotiatingText(document, version, check, request.format());
        };
    }

    private RenderedReport text(DocumentStatus document, DraftVersion version, Optional<IntegrityCheck> check,
                                DraftFileFormat format) {
        FileProperties properties = FileProperties.of(document.id().value(), document.title(), version.label().value(),
                version.name(), version.circulatedAt(), check);
        DraftLayout layout = DraftLayout.of(document, version, properties);
        byte[] content = switch (format) {
            case DOCX -> WordFiles.draft(layout);
            case PDF -> PdfFiles.render(DraftMarkup.xhtml(layout, PdfFiles.FONT_FAMILIES), properties, layout.title());
            case HTML -> utf8(DraftMarkup.xhtml(layout, SCREEN_FONTS));
            case MD -> utf8(DraftMarkup.markdown(layout));
            case TXT -> utf8(DraftMarkup.text(layout));
            case CSV -> throw new IllegalStateException("a draft's text comes in no CSV");
        };
        return file(format, document.id() + "-" + version.label(), content);
    }

    private RenderedReport redline(DocumentStatus document, DraftVersion from, DraftVersion to,
                                   Optional<IntegrityCheck> check, DraftFileFormat format) {
        Redline redline = queries.query(new CompareDrafts(document.id(), from.label(), to.label()),
                        ResponseTypes.optionalInstanceOf(Redline.class)).join()
                .orElseThrow(() -> unknownDraft(document.id(), to.label()));
        String name = document.id() + "-" + from.label() + "-compared-with-" + to.label();
        if (format == DraftFileFormat.HTML) {
            return file(format, name, utf8(RedlineHtml.render(document.id().value(), redline)));
        }
        FileProperties properties = FileProperties.of(document.id().value(), document.title(), to.label().value(),
                to.name() + ", changes tracked from the " + from.name(), to.circulatedAt(), check);
        DraftLayout layout = DraftLayout.of(document, to, properties);
        String author = document.coFacilitators().isEmpty() ? "the co-facilitators"
                : "the co-facilitators (" + document.coFacilitators().stream()
                .map(coFacilitator -> coFacilitator.delegation().name()).collect(Collectors.joining(", ")) + ")";
        return file(format, name, RedlineWord.render(layout, from.name() + " of " + DraftLayout.day(from.circulatedAt()),
                redline, capitalized(author), to.circulatedAt()));
    }

    private RenderedReport compilation(DocumentStatus document, DraftVersion version, Optional<IntegrityCheck> check,
                                       DraftFileFormat format) {
        Compilation compilation = queries.query(new FindCompilation(document.id(), version.label(), null, null),
                        ResponseTypes.optionalInstanceOf(Compilation.class)).join()
                .orElseThrow(() -> unknownDraft(document.id(), version.label()));
        FileProperties properties = FileProperties.of(document.id().value(), document.title(), version.label().value(),
                "compilation text of the " + version.name(), version.circulatedAt(), check);
        CompilationTable table = new CompilationTable(DraftLayout.of(document, version, properties), compilation);
        byte[] content = switch (format) {
            case DOCX -> table.docx();
            case PDF -> PdfFiles.render(table.xhtml(PdfFiles.FONT_FAMILIES), properties, table.title());
            case CSV -> utf8(table.csv());
            case HTML -> utf8(table.xhtml(SCREEN_FONTS));
            case MD, TXT -> throw new IllegalStateException("a compilation comes in no " + format);
        };
        return file(format, document.id() + "-" + version.label() + "-compilation", content);
    }

    private RenderedReport negotiatingText(DocumentStatus document, DraftVersion version,
                                           Optional<IntegrityCheck> check, DraftFileFormat format) {
        NegotiatingText text = queries.query(new FindNegotiatingText(document.id(), version.label()),
                        ResponseTypes.optionalInstanceOf(NegotiatingText.class)).join()
                .orElseThrow(() -> unknownDraft(document.id(), version.label()));
        FileProperties properties = FileProperties.of(document.id().value(), document.title(), version.label().value(),
                "negotiating text of the " + version.name(), version.circulatedAt(), check);
        NegotiatingTextFile file = new NegotiatingTextFile(DraftLayout.of(document, version, properties), text);
        byte[] content = switch (format) {
            case DOCX -> file.docx();
            case PDF -> PdfFiles.render(file.xhtml(PdfFiles.FONT_FAMILIES), properties, file.title());
            case HTML -> utf8(file.xhtml(SCREEN_FONTS));
            case CSV, MD, TXT -> throw new IllegalStateException("a negotiating text comes in no " + format);
        };
        return file(format, document.id() + "-" + version.label() + "-negotiating-text", content);
    }

    private DraftVersion version(DocumentId documentId, DraftLabel label) {
        return queries.query(new FindDraft(documentId, label), ResponseTypes.optionalInstanceOf(DraftVersion.class))
                .join().orElseThrow(() -> unknownDraft(documentId, label));
    }

    private static NotFound unknownDraft(DocumentId documentId, DraftLabel label) {
        return new NotFound(NegotiationRule.UNKNOWN_DRAFT.name(), "no draft '" + label + "' of '" + documentId
                + "' was circulated");
    }

    private static RenderedReport file(DraftFileFormat format, String name, byte[] content) {
        return new RenderedReport(format.mediaType(), name + "." + format.extension(), content);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
