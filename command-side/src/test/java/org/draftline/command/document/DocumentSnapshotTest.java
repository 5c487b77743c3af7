package org.draftline.command.document;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.axon.AxonPlatformAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.command.document.Negotiation.*;

/**
 * Snapshots of a document through Axon's own machinery (its repository, {@link DocumentSnapshots}' trigger and
 * its snapshotter), each snapshot's state written to JSON and read back by the message serializer the store
 * uses, and no cache: every command loads the document from its latest snapshot and the events after it.
 */
class DocumentSnapshotTest {

    static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(AxonPlatformAutoConfiguration.messageObjectMapper()).build();

    private final List<Configuration> started = new ArrayList<>();

    @AfterEach
    void shutDown() {
        started.forEach(Configuration::shutdown);
    }

    /**
     * The same long, made-up negotiation sent command by command to a document snapshotted every few events
     * and to one loaded from all its events: every answer (the sequence recorded, or the refusal in full) and
     * every event recorded must be the same. A field the snapshot lost or misread would change a decision.
     */
    @ParameterizedTest
    @ValueSource(longs = {2017, 2018, 71287})
    void aDocumentLoadedFromSnapshotsDecidesExactlyAsOneLoadedFromAllItsEvents(long seed) {
        Harness fromEvents = start(0);
        Harness fromSnapshots = start(3);
        LongNegotiation negotiation = new LongNegotiation(seed);
        List<String> answers = new ArrayList<>();
        List<LongNegotiation.Step> steps = new ArrayList<>(LongNegotiation.opening());
        int recorded = 0;
        for (int i = 0; recorded < 300 && answers.size() < 5000; i++) {
            boolean closing = recorded > 290;
            LongNegotiation.Step step = i < steps.size() ? steps.get(i)
                    : LongNegotiation.orNull(() -> negotiation.next(closing));
            if (step == null) {
                continue;
            }
            String expected = fromEvents.send(step);
            String actual = fromSnapshots.send(step);
            assertThat(actual).as("answer %d to %s", answers.size(), step).isEqualTo(expected);
            if (expected.startsWith("recorded")) {
                negotiation.recorded(step);
                recorded++;
            }
            answers.add(expected);
        }

        assertThat(fromSnapshots.events()).isEqualTo(fromEvents.events());
        assertThat(fromSnapshots.engine.snapshotsStored).isGreaterThan(80);
        assertThat(fromEvents.engine.snapshotsStored).isZero();
        // a comparison proves something only over a long record and many kinds of refusal
        assertThat(recorded).isEqualTo(300);
        assertThat(fromEvents.events()).hasSizeGreaterThan(300);
        assertThat(answers.stream().filter(answer -> answer.startsWith("refused"))
                .map(answer -> answer.substring(0, answer.indexOf(':'))).distinct()).hasSizeGreaterThan(10);
    }

    @Test
    void aSnapshotIsStoredOnceALoadReplaysTheThresholdOfEvents() {
        Harness harness = start(100);
        LongNegotiation negotiation = new LongNegotiation(7);
        LongNegotiation.opening().forEach(harness::send);
        int recordedBeforeASnapshot = 0;
        while (harness.engine.snapshotsStored == 0 && recordedBeforeASnapshot < 1000) {
            LongNegotiation.Step step = LongNegotiation.orNull(() -> negotiation.next(false));
            if (step != null && harness.send(step).startsWith("recorded")) {
                negotiation.recorded(step);
                recordedBeforeASnapshot++;
            }
        }

        Optional<DomainEventMessage<?>> snapshot = harness.engine.readSnapshot(DOCUMENT.value());
        assertThat(snapshot).isPresent();
        long events = harness.events().size();
        // taken after the command whose load replayed the hundredth event, of the document as it then stood
        assertThat(snapshot.get().getSequenceNumber()).isBetween(99L, events - 1);
        assertThat(events).isLessThan(110);
        assertThat(snapshot.get().getPayload()).isInstanceOf(NegotiatedDocument.class);
    }

    @Test
    void noSnapshotIsStoredWhenTheyAreTurnedOff() {
        Harness harness = start(0);
        LongNegotiation negotiation = new LongNegotiation(7);
        LongNegotiation.opening().forEach(harness::send);
        for (int i = 0; i < 3000 && harness.events().size() < 150; i++) {
            LongNegotiation.Step step = LongNegotiation.orNull(() -> negotiation.next(false));
            if (step != null && harness.send(step).startsWith("recorded")) {
                negotiation.recorded(step);
            }
        }
        assertThat(harness.events()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(harness.engine.readSnapshot(DOCUMENT.value())).isEmpty();
    }

    private Harness start(int snapshotEvery) {
        Harness harness = new Harness(snapshotEvery);
        started.add(harness.axon);
        return harness;
    }

    /** One document's command side in memory, without a cache, snapshotting every {@code snapshotEvery} events. */
    private static final class Harness {

        final JsonSnapshots engine = new JsonSnapshots();
        final Configuration axon;

        Harness(int snapshotEvery) {
            axon = DefaultConfigurer.defaultConfiguration(false)
                    .configureSerializer(c -> SERIALIZER)
                    .configureEmbeddedEventStore(c -> engine)
                    .configureDeadlineManager(c -> new StubDeadlineManager())
                    .registerComponent(Timekeeper.class, c -> new Timekeeper(CLOCK, GRACE, MINIMUM_NOTICE))
                    .registerComponent(org.draftline.command.group.GroupMandates.class,
                            c -> groupsRecording(ECUADOR_CHAIRS_G77_IN_2017))
                    .configureAggregate(AggregateConfigurer.defaultConfiguration(NegotiatedDocument.class)
                            .configureSnapshotTrigger(c -> DocumentSnapshots.trigger(c.snapshotter(), snapshotEvery)))
                    .start();
        }

        /** The answer as a client would see it: the sequence recorded, or the refusal with its rule and words. */
        String send(LongNegotiation.Step step) {
            try {
                Object result = axon.commandGateway().sendAndWait(GenericCommandMessage.asCommandMessage(step.command())
                        .andMetaData(step.actor().toMetaData()));
                return "recorded " + result;
            } catch (RuleViolation refused) {
                return "refused " + refused.rule() + ": " + refused.getMessage();
            } catch (RuntimeException failed) {
                return "failed " + failed;
            }
        }

        List<Object> events() {
            return engine.readEvents(DOCUMENT.value()).asStream().<Object>map(DomainEventMessage::getPayload).toList();
        }
    }

    /**
     * Axon's in-memory engine, whose snapshots are kept as JSON and read into a new document at each load, as
     * from PostgreSQL (Axon's own keeps the object, which each load would then change).
     */
    static final class JsonSnapshots extends InMemoryEventStorageEngine {

        private final Map<String, DomainEventMessage<SerializedObject<byte[]>>> latest = new HashMap<>();
        int snapshotsStored;

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            SerializedObject<byte[]> json = SERIALIZER.serialize(snapshot.getPayload(), byte[].class);
            assertThat(json.getType().getRevision()).isEqualTo(NegotiatedDocument.SNAPSHOT_REVISION);
            snapshotsStored++;
            latest.put(snapshot.getAggregateIdentifier(), new GenericDomainEventMessage<>(snapshot.getType(),
                    snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(), json, snapshot.getMetaData(),
                    snapshot.getIdentifier(), snapshot.getTimestamp()));
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.ofNullable(latest.get(aggregateIdentifier)).map(stored -> new GenericDomainEventMessage<>(
                    stored.getType(), stored.getAggregateIdentifier(), stored.getSequenceNumber(),
                    SERIALIZER.deserialize(stored.getPayload()), stored.getMetaData(), stored.getIdentifier(),
                    stored.getTimestamp()));
        }
    }
}
