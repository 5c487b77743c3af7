package org.draftline.platform.web;

import org.draftline.api.report.RenderedReport;
import org.draftline.platform.security.SecurityHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * A generated report or file as an HTTP answer: its media type (text in UTF-8), shown inline under its file name; an
 * HTML report's own style element allowed by its hash, nothing else inline.
 */
public final class Downloads {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    private Downloads() {
    }

    public static ResponseEntity<byte[]> of(RenderedReport report) {
        MediaType type = MediaType.parseMediaType(report.mediaType());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(isBinary(type) ? type : new MediaType(type, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(report.fileName())
                        .build().toString());
        if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
            answer.header(CONTENT_SECURITY_POLICY, SecurityHeaders.policyForGenerated(
                    new String(report.content(), StandardCharsets.UTF_8)));
        }
        return answer.body(report.content());
    }

    /** PDF and Office files carry no charset: they are bytes, not text. */
    private static boolean isBinary(MediaType type) {
        return type.equals(MediaType.APPLICATION_PDF) || type.getSubtype().startsWith("vnd.openxmlformats-");
    }
}
