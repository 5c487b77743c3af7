package org.draftline.query.reports;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The identity a PDF carries in its trailer, derived from what it shows instead of drawn at random, so the same
 * report or draft asked twice is the same file byte for byte.
 */
public final class PdfIdentity {

    private PdfIdentity() {
    }

    /** Stamps {@code document} with an ID that is the digest of {@code seed}, and a document id of {@code at}. */
    public static void stamp(PDDocument document, String seed, Instant at) {
        document.setDocumentId(at.toEpochMilli());
        try {
            COSString identifier = new COSString(MessageDigest.getInstance("MD5")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)));
            COSArray identifiers = new COSArray();
            identifiers.add(identifier);
            identifiers.add(identifier);
            document.getDocument().getTrailer().setItem(COSName.ID, identifiers);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java", e);
        }
    }
}
