package org.draftline.api.file;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A draft version as a file to take home: its text laid out as the United Nations lays out a draft, the
 * redline from it to another version ({@code with}), or its compilation text as a table. Answers a
 * {@link org.draftline.api.report.RenderedReport}.
 */
public record RenderDraftFile(DocumentId documentId, DraftLabel label, Part part, DraftLabel with,
                              DraftFileFormat format) {

    /** What of the version the file holds, and the formats each comes in (JSON is the API's own answer). */
    public enum Part {
        TEXT(DraftFileFormat.DOCX, DraftFileFormat.PDF, DraftFileFormat.HTML, DraftFileFormat.MD,
                DraftFileFormat.TXT),
        REDLINE(DraftFileFormat.DOCX, DraftFileFormat.HTML),
        COMPILATION(DraftFileFormat.DOCX, DraftFileFormat.PDF, DraftFileFormat.CSV, DraftFileFormat.HTML),
        /** The version with its square brackets, alternatives and each paragraph's status after the readings. */
        NEGOTIATING_TEXT(DraftFileFormat.DOCX, DraftFileFormat.PDF, DraftFileFormat.HTML);

        private final List<DraftFileFormat> offered;

        Part(DraftFileFormat... offered) {
            this.offered = List.of(offered);
        }

        public List<DraftFileFormat> offered() {
            return offered;
        }

        /**
         * The format {@code format} names (an extension), else the first of the offered ones that {@code accept}
         * asks for; null for JSON (asked for, or nothing else asked for).
         *
         * @throws InvalidValue on field {@code format} for a format this part does not come in
         */
        public DraftFileFormat chosen(String format, String accept) {
            if (format != null) {
                if (format.strip().equalsIgnoreCase("json")) {
                    return null;
                }
                DraftFileFormat named = DraftFileFormat.byExtension(format);
                if (named == null || !offered.contains(named)) {
                    throw new InvalidValue("format: '" + format + "' is not offered; expected one of " + names());
                }
                return named;
            }
            if (accept == null) {
                return null;
            }
            // the ranges by their weight (q), heaviest first, in the order sent among equals; q=0 refuses a type
            List<String> ranges = Stream.of(accept.split(",")).filter(range -> weight(range) > 0)
                    .sorted(Comparator.comparingDouble(Part::weight).reversed()).toList();
            for (String range : ranges) {
                String type = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
                if (type.equals("application/json")) {
                    return null;
                }
                DraftFileFormat asked = DraftFileFormat.byMediaType(type);
                if (asked != null && offered.contains(asked)) {
                    return asked;
                }
            }
            return null;
        }

        /** A media range's {@code q} (1 when absent; 0, refused, when it is no number from 0 to 1). */
        private static double weight(String range) {
            String[] parameters = range.split(";");
            for (int index = 1; index < parameters.length; index++) {
                String parameter = parameters[index].strip();
                if (parameter.length() > 1 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                        && parameter.substring(1).stripLeading().startsWith("=")) {
                    String value = parameter.substring(parameter.indexOf('=') + 1).strip();
                    if (!value.matches("[01](\\.[0-9]{0,3})?")) {
                        return 0;
                    }
                    double weight = Double.parseDouble(value);
                    return weight > 1 ? 0 : weight;
                }
            }
            return 1;
        }

        private String names() {
            return Stream.concat(Stream.of("json"), offered.stream().map(DraftFileFormat::extension))
                    .collect(Collectors.joining(", "));
        }
    }

    public RenderDraftFile {
        Fields.required(documentId, "id");
        Fields.required(label, "label");
        Fields.required(part, "part");
        Fields.required(format, "format");
        if (!part.offered().contains(format)) {
            throw new InvalidValue("format: '" + format.extension() + "' is not offered for this file; expected one of "
                    + part.offered().stream().map(DraftFileFormat::extension).collect(Collectors.joining(", ")));
        }
        if (part == Part.REDLINE) {
            Fields.required(with, "with");
        }
    }
}
