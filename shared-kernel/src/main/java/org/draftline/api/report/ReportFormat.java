package org.draftline.api.report;

import org.draftline.api.InvalidValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats every report comes in, with their media types. */
public enum ReportFormat {
    JSON("application/json", "json"),
    CSV("text/csv", "csv"),
    MD("text/markdown", "md"),
    HTML("text/html", "html"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat of(String name) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidValue("format: '" + name + "' is not offered; expected one of "
                        + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "))));
    }

    /** The format an Accept header asks for first, or null when it names none of them. */
    public static ReportFormat accepted(String accept) {
        if (accept == null) {
            return null;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
            for (ReportFormat format : values()) {
                if (format.mediaType.equals(type)) {
                    return format;
                }
            }
        }
        return null;
    }
}
