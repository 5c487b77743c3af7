package org.draftline.platform.web;

/** A document, or a version of it, that the record does not hold. */
public class NotFound extends RuntimeException {

    private final String code;

    public NotFound(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
