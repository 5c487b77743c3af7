package org.draftline.api.file;

import java.util.Locale;

/** The file formats a draft, a redline or a compilation comes in, besides the API's JSON. */
public enum DraftFileFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    HTML("text/html", "html"),
    MD("text/markdown", "md"),
    TXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    DraftFileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of that extension ({@code docx}, {@code pdf}, ...), whatever its case; null for none of them. */
    public static DraftFileFormat byExtension(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (DraftFileFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        return null;
    }

    /** The format of that media type, parameters and case aside; null for none of them. */
    public static DraftFileFormat byMediaType(String mediaType) {
        String wanted = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (DraftFileFormat format : values()) {
            if (format.mediaType.equals(wanted)) {
                return format;
            }
        }
        return null;
    }
}
