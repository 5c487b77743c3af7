package org.draftline.platform.web;

import java.io.IOException;

/** A request body over the configured limit; thrown while it is being read, so it is never buffered whole. */
public class PayloadTooLarge extends IOException {

    public PayloadTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
