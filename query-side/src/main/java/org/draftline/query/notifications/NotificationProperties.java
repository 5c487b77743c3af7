package org.draftline.query.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How notifications are delivered ({@code draftline.notifications.*}).
 *
 * @param allowPrivateAddresses whether a webhook may point at loopback, link-local or private addresses
 *                              (tests and closed networks); refused by default against request forgery
 * @param retryInitial          the wait after a first failed attempt, doubled after each further failure
 * @param retryMax              the longest wait between two attempts
 * @param giveUpAfter           how long after it was written a message is still tried; then it is FAILED
 * @param reminderBefore        how long before a silence or input deadline its reminder is mailed
 * @param mailFrom              the sender of the e-mails
 * @param connectTimeout        a webhook's connection timeout
 * @param requestTimeout        a webhook's answer timeout
 * @param baseUrl               where the pages are, for the links in e-mails (none when empty)
 */
@ConfigurationProperties("draftline.notifications")
record NotificationProperties(@DefaultValue("false") boolean allowPrivateAddresses,
                              @DefaultValue("10s") Duration retryInitial,
                              @DefaultValue("1h") Duration retryMax,
                              @DefaultValue("24h") Duration giveUpAfter,
                              @DefaultValue("24h") Duration reminderBefore,
                              @DefaultValue("Draftline <draftline@localhost>") String mailFrom,
                              @DefaultValue("5s") Duration connectTimeout,
                              @DefaultValue("10s") Duration requestTimeout,
                              @DefaultValue("") String baseUrl) {

    /** The wait after the {@code attempts}-th failed attempt: doubling from the first, at most the longest. */
    Duration backoff(int attempts) {
        Duration wait = retryInitial;
        for (int attempt = 1; attempt < attempts && wait.compareTo(retryMax) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
