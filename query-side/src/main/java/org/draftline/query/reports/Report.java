package org.draftline.query.reports;

import java.time.Instant;
import java.util.List;

/**
 * A report as every format renders it: a title, a summary of labelled values, and sections of rows.
 *
 * @param asOf        the real-world moment the record was read up to; null for all of it
 * @param generatedAt the stamp printed on it
 */
record Report(String kind, String title, String subtitle, Instant asOf, Instant generatedAt, List<Field> summary,
              List<Section> sections) {

    record Field(String label, String value) {
    }

    record Section(String heading, List<String> columns, List<List<String>> rows) {
    }
}
