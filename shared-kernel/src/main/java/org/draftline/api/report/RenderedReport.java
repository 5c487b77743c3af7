package org.draftline.api.report;

/** A generated report: its bytes, media type and a file name to save it under. */
public record RenderedReport(String mediaType, String fileName, byte[] content) {
}
