package org.draftline.query.reports;

import java.time.Instant;
import java.util.List;

/**
 * A report as every format renders it: a title, a summary of labelled values, and sections of rows.
 *
 * @param asOf        the real-world moment the record was read up to; null for all of it
 * @param generatedAt the stamp printed on it
 * @param home        the page the report is about (its document's, its delegation's), linked from the HTML; or null
 */
record Report(String kind, String title, String subtitle, Instant asOf, Instant generatedAt, List<Field> summary,
              List<Section> sections, List<Seal> integrity, Link home) {

    Report(String kind, String title, String subtitle, Instant asOf, Instant generatedAt, List<Field> summary,
           List<Section> sections) {
        this(kind, title, subtitle, asOf, generatedAt, summary, sections, List.of(), null);
    }

    Report withIntegrity(List<Seal> seals) {
        return new Report(kind, title, subtitle, asOf, generatedAt, summary, sections, seals, home);
    }

    Report withHome(Link page) {
        return new Report(kind, title, subtitle, asOf, generatedAt, summary, sections, integrity, page);
    }

    /** A link to a page: its path and the words that name it. */
    record Link(String path, String words) {
    }

    record Field(String label, String value) {
    }

    record Section(String heading, List<String> columns, List<List<String>> rows) {
    }

    /**
     * A document's record as the event store vouched for it when the report was made, so a printed report
     * can be checked later against {@code GET /api/integrity/key}: the head of its hash chain and the
     * signature of that head; or why it could not be vouched for, {@code readModelDisagreesAt} naming the first
     * sequence where the audit-trail rows the report was built from differ from the events themselves.
     */
    record Seal(String document, boolean verified, long events, String head, String signedAt, String keyId,
                String signature, String problem, Long readModelDisagreesAt) {

        Seal(String document, boolean verified, long events, String head, String signedAt, String keyId,
             String signature, String problem) {
            this(document, verified, events, head, signedAt, keyId, signature, problem, null);
        }

        /** One line of print. */
        String line() {
            if (problem != null) {
                return document + ": " + problem;
            }
            return document + ": " + events + " events, head " + head + (signature == null ? ", not signed yet"
                    : ", signed " + signedAt + " by key " + keyId + ": " + signature);
        }
    }
}
