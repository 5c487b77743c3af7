package org.draftline.platform.web;

import org.draftline.api.report.RenderedReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A generated report as an HTTP answer: its media type (text in UTF-8), shown inline under its file name. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> of(RenderedReport report) {
        MediaType type = MediaType.parseMediaType(report.mediaType());
        return ResponseEntity.ok()
                .contentType(type.equals(MediaType.APPLICATION_PDF) ? type : new MediaType(type, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(report.fileName())
                        .build().toString())
                .body(report.content());
    }
}
