package org.draftline.command.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Tamper evidence of the event store.
 *
 * @param keyFile         the Ed25519 key that signs chain heads, outside the database; made (owner-only) when
 *                        absent; by default {@code integrity/head-signing-key.pem} under {@code draftline.data-dir}.
 *                        Instances on one database must share it.
 * @param signingInterval how often the heads that grew are checked and signed (default one minute)
 * @param sweepInterval   how often every document's record is checked, grown or not (default one hour)
 */
@ConfigurationProperties("draftline.integrity")
record IntegrityProperties(Path keyFile, Duration signingInterval, Duration sweepInterval) {

    IntegrityProperties {
        signingInterval = signingInterval == null ? Duration.ofMinutes(1) : signingInterval;
        sweepInterval = sweepInterval == null ? Duration.ofHours(1) : sweepInterval;
    }

    Path keyFileUnder(Path dataDir) {
        return keyFile != null ? keyFile : dataDir.resolve("integrity").resolve("head-signing-key.pem");
    }
}
