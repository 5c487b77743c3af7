package org.draftline.query.files;

import org.draftline.api.integrity.IntegrityCheck;

import java.time.Instant;
import java.util.Optional;

/**
 * What a file's own properties say of it (Word's core and custom properties, the PDF's information): the
 * document, the version and the head of the record's hash chain, where a chain is kept.
 *
 * @param version    the version's label ({@code rev1}), or for a redline "zero to rev1"
 * @param chainHead  {@code sha256:...}; null where no chain is kept
 * @param events     the events the head covers
 * @param stampedAt  the file's creation date: the circulation it shows, so the same record gives the same file
 */
record FileProperties(String documentId, String documentTitle, String version, String versionName,
                      Instant stampedAt, String chainHead, long events, boolean verified) {

    static FileProperties of(String documentId, String documentTitle, String version, String versionName,
                             Instant stampedAt, Optional<IntegrityCheck> integrity) {
        return new FileProperties(documentId, documentTitle, version, versionName, stampedAt,
                integrity.map(IntegrityCheck::head).orElse(null), integrity.map(IntegrityCheck::events).orElse(0L),
                integrity.map(IntegrityCheck::verified).orElse(false));
    }

    /** One line for a file's description or keywords. */
    String description() {
        return "Draftline: document " + documentId + ", " + versionName + " (" + version + "); "
                + (chainHead == null ? "no hash chain is kept for this record"
                : "record hash chain head " + chainHead + " over " + events + " events"
                + (verified ? ", verified" : ", NOT VERIFIED"));
    }
}
