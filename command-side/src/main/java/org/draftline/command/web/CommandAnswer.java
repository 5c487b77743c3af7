package org.draftline.command.web;

import java.net.URI;
import java.time.Duration;

/** A command's answer to its client: the sequence after it, what to wait for before answering, where to read it. */
interface CommandAnswer {

    long sequence();

    /** The query that answers true once the read models showing this command have reached it. */
    Object awaitQuery(Duration timeout);

    /** Where what the command created is read, for a 201 answer. */
    URI location();
}
