package org.draftline.command.document;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of the documents, so loading one replays at most {@code draftline.documents.snapshot-every}
 * (100) events after its latest snapshot rather than its whole record. Axon's snapshotter (Spring Boot's
 * {@code SpringAggregateSnapshotter}) rebuilds the document from its last snapshot and events once a load has
 * replayed that many events, after the command's commit, and stores it as JSON with the document's
 * {@link NegotiatedDocument#SNAPSHOT_REVISION}; Axon's {@code RevisionSnapshotFilter} passes over a snapshot of
 * another revision. A snapshot is a cache of the events: deleting any is always safe. 0 turns snapshots off.
 */
@Configuration(proxyBeanMethods = false)
class DocumentSnapshots {

    static final String TRIGGER = "documentSnapshotTrigger";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition documentSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${draftline.documents.snapshot-every:100}") int every) {
        return trigger(snapshotter, every);
    }

    static SnapshotTriggerDefinition trigger(Snapshotter snapshotter, int every) {
        if (every < 0) {
            throw new IllegalArgumentException("draftline.documents.snapshot-every must be 0 (off) or more, not "
                    + every);
        }
        return every == 0 ? NoSnapshotTriggerDefinition.INSTANCE
                : new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
