package org.draftline.platform.docx;

import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableText;
import org.draftline.api.draft.DraftText;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft uploaded as a Word file, read into the typed text the circulation commands take ({@link DraftText#parse}
 * reads it as it reads a text typed into a form), with each line of that text traced back to the Word paragraph it
 * came from, so that a refusal names the paragraph of the file rather than a line the user never saw.
 */
public final class WordDraft {

    /** A Word file of a draft holds tens of kilobytes; a megabyte is far beyond any draft without pictures. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    private static final Pattern LINE_REFUSAL = Pattern.compile("line (\\d+) (.*)", Pattern.DOTALL);

    private final String text;
    private final List<Integer> paragraphOfLine;

    WordDraft(String text, List<Integer> paragraphOfLine) {
        this.text = text;
        this.paragraphOfLine = List.copyOf(paragraphOfLine);
    }

    /**
     * Reads an uploaded file; a missing, empty, oversized or unreadable one, and one that is not a plain Word
     * document (macros, a password, an older format), is refused on field {@code file}.
     */
    public static WordDraft read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidValue("file: required; attach the draft as a Word document (.docx)");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw new InvalidValue(String.format(Locale.ROOT,
                    "file: %,d bytes; a Word file of a draft has at most %,d", file.getSize(), MAX_FILE_BYTES));
        }
        try {
            return read(file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** As {@link #read(MultipartFile)}, from the file's bytes. */
    public static WordDraft read(byte[] file) {
        return WordDraftReader.read(file);
    }

    /** The text as typed: one line a paragraph, numbers as Word shows them, opening words in italics marked. */
    public String text() {
        return text;
    }

    /**
     * The text once the circulation commands' own reader accepts it; its refusal is given on field {@code file}
     * and names the Word paragraph (counting those holding text, from 1) instead of the line of the typed text.
     */
    public String checkedText() {
        try {
            DraftText.parse(RecordableText.of(text, "file"));
            return text;
        } catch (InvalidValue refused) {
            throw new InvalidValue("file: " + inTermsOfTheFile(refused.reason()));
        }
    }

    private String inTermsOfTheFile(String reason) {
        Matcher line = LINE_REFUSAL.matcher(reason);
        if (!line.matches()) {
            return reason;
        }
        int index = Integer.parseInt(line.group(1)) - 1;
        if (index < 0 || index >= paragraphOfLine.size()) {
            return reason;
        }
        return "paragraph " + paragraphOfLine.get(index) + " " + line.group(2);
    }
}
