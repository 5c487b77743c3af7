package org.draftline.query.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.api.Deadline;
import org.springframework.web.util.HtmlUtils;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails: plain text and the same in HTML, with a deadline in New York time (the UN's), in UTC and
 * in the reader's own zone. Written when the message is put in the outbox, in the reader's zone then.
 */
final class Mails {

    record Mail(String to, String subject, String text, String html) {
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm (zzz)", Locale.ENGLISH);
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private Mails() {
    }

    /**
     * @param summary  the act in one line, as the audit trail words it
     * @param deadline the deadline the act sets or the reminder is for, or null
     * @param link     the document's page, or null
     */
    static Mail compose(String to, ZoneId readerZone, Topic topic, String documentId, String title, String summary,
                        Deadline deadline, String link) {
        String subject = "Draftline: " + topic.heading + ": " + title;
        List<String> lines = new ArrayList<>();
        lines.add(topic.heading + ": " + title + " (" + documentId + ")");
        lines.add("");
        lines.add(summary);
        List<String> times = deadline == null ? List.of() : times(deadline, readerZone);
        if (!times.isEmpty()) {
            lines.add("");
            lines.addAll(times);
        }
        if (link != null) {
            lines.add("");
            lines.add(link);
        }
        lines.add("");
        lines.add("You receive this because you chose \"" + topic.heading + "\" in your Draftline notifications.");
        String text = String.join("\n", lines) + "\n";

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        html.append("<h1>").append(escape(topic.heading)).append(": ").append(escape(title)).append("</h1>");
        html.append("<p>").append(escape(summary)).append("</p>");
        if (!times.isEmpty()) {
            html.append("<ul>");
            times.forEach(time -> html.append("<li>").append(escape(time)).append("</li>"));
            html.append("</ul>");
        }
        if (link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(documentId)).append("</a></p>");
        }
        html.append("<p><small>You receive this because you chose &quot;").append(escape(topic.heading))
                .append("&quot; in your Draftline notifications.</small></p></body></html>");
        return new Mail(to, subject, text, html.toString());
    }

    /** The deadline in New York time and UTC, and in the reader's zone where that is another. */
    static List<String> times(Deadline deadline, ZoneId readerZone) {
        List<String> times = new ArrayList<>();
        times.add("Deadline: " + WHEN.format(deadline.at().atZone(Preferences.NEW_YORK)) + " New York time, "
                + UTC_TIME.format(deadline.at().atZone(ZoneOffset.UTC)));
        ZonedDateTime reader = deadline.at().atZone(readerZone);
        if (!readerZone.equals(Preferences.NEW_YORK)) {
            times.add("In your zone (" + readerZone.getId() + "): " + WHEN.format(reader));
        }
        return times;
    }

    static String write(ObjectMapper json, Mail mail) {
        try {
            return json.writeValueAsString(mail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an e-mail could not be written as JSON", e);
        }
    }

    static Mail read(ObjectMapper json, String content) {
        try {
            return json.readValue(content, Mail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an e-mail in the outbox could not be read", e);
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
