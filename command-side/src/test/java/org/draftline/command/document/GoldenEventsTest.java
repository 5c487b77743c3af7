package org.draftline.command.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsAppointed;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.group.GroupEvent;
import org.draftline.api.group.GroupEvent.SpokespersonMandated;
import org.draftline.api.group.MandateSpokesperson;
import org.draftline.command.group.Group;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.platform.axon.AxonPlatformAutoConfiguration;
import org.draftline.platform.upcasting.EventUpcasters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftline.command.document.Negotiation.*;

/**
 * Events are facts forever: one JSON sample of every stored event type at every revision, and of every
 * scheduled deadline's payload, exactly as Axon's serializer stored it, must still load through the real
 * upcaster chain and serializer, and documents sourced from them must still take the next command. A
 * change that breaks an old event, or a new event or revision without its sample, fails here. The
 * {@code -beyond-todays-rules} samples hold what today's checks would refuse and must load all the same.
 */
class GoldenEventsTest {

    private static final Path SAMPLES = sampleDirectory();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Axon's serializer and upcasters as both sides configure them. */
    private static final Serializer SERIALIZER =
            JacksonSerializer.builder().objectMapper(AxonPlatformAutoConfiguration.messageObjectMapper()).build();
    private static final EventUpcaster UPCASTERS = EventUpcasters.chain();
    /** The payloads of the deadlines the aggregate handles: db-scheduler stores them serialized. */
    private static final List<Class<?>> DEADLINE_PAYLOADS = Arrays.stream(NegotiatedDocument.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(DeadlineHandler.class))
            .<Class<?>>map(method -> method.getParameterTypes()[0])
            .toList();

    /** The sealed interfaces whose permitted records are every event an aggregate records. */
    private static final List<Class<?>> EVENT_CATALOGUES = List.of(DocumentEvent.class, GroupEvent.class);

    private record Sample(String file, String payloadType, String revision, JsonNode payload, JsonNode metaData) {

        boolean isEvent() {
            return EVENT_CATALOGUES.stream().anyMatch(events -> payloadType.startsWith(events.getName() + "$"));
        }

        boolean isGroupEvent() {
            return payloadType.startsWith(GroupEvent.class.getName() + "$");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    @Test
    void everyEventTypeHasASampleOfEachOfItsRevisions() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : EVENT_CATALOGUES.stream().flatMap(events -> Arrays.stream(events.getPermittedSubclasses()))
                .toList()) {
            Revision revision = type.getAnnotation(Revision.class);
            assertThat(revision).as(type.getSimpleName() + " has a @Revision").isNotNull();
            for (int older = 1; older <= Integer.parseInt(revision.value()); older++) {
                expectSample(type.getSimpleName() + "-" + older + ".json", missing);
            }
        }
        assertThat(DEADLINE_PAYLOADS).contains(SilenceDeadlineReached.class, InputWindowDeadlineReached.class);
        for (Class<?> type : DEADLINE_PAYLOADS) {
            Revision revision = type.getAnnotation(Revision.class);
            expectSample(type.getSimpleName() + "-" + (revision == null ? "none" : revision.value()) + ".json",
                    missing);
        }
        assertThat(missing).as("golden samples to add under src/test/resources/golden-events").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleLoadsAsItStands(Sample sample) throws Exception {
        Class<?> type = Class.forName(sample.payloadType());
        if (sample.isEvent()) {
            IntermediateEventRepresentation upcast = upcast(sample);
            assertThat(upcast.getType().getRevision()).as("revision after upcasting")
                    .isEqualTo(type.getAnnotation(Revision.class).value());
            DomainEventMessage<?> loaded = load(sample);
            assertThat((Object) loaded.getPayload()).isInstanceOf(type);
            assertThat(writtenBack(loaded.getPayload())).isEqualTo(upcast.getData(JsonNode.class).getData());
            if (sample.metaData() != null) {
                assertThat((JsonNode) JSON.valueToTree(loaded.getMetaData())).isEqualTo(sample.metaData());
            }
        } else {
            Object payload = SERIALIZER.deserialize(new SimpleSerializedObject<>(bytes(sample.payload()), byte[].class,
                    sample.payloadType(), sample.revision()));
            assertThat((Object) payload).isInstanceOf(type);
            assertThat(writtenBack(payload)).isEqualTo(sample.payload());
        }
    }

    @Test
    void aCirculationOfRevisionOneGetsTheLabelsItsTextWasReadInto() {
        ZeroDraftCirculated zeroDraft = payload("ZeroDraftCirculated-1.json");
        assertThat(zeroDraft.paragraphs()).containsExactlyElementsOf(PARAGRAPHS);
        assertThat(zeroDraft.text()).isEqualTo(TEXT);
    }

    @Test
    void aRegistrationOfRevisionOneReadsAsAPublicDocument() {
        DocumentRegistered registered = payload("DocumentRegistered-1.json");
        assertThat(registered.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(registered.title()).isEqualTo("Political declaration on the Global Plan of Action");
        assertThat(((DocumentRegistered) payload("DocumentRegistered-2.json")).visibility())
                .isEqualTo(Visibility.MEMBERS);
    }

    @Test
    void aCirculatedTextTodaysReaderRefusesStillLoadsWithTheLabelsItGives() {
        ZeroDraftCirculated zeroDraft = payload("ZeroDraftCirculated-1-beyond-todays-rules.json");
        assertThatThrownBy(() -> DraftText.parse(zeroDraft.text())).isInstanceOf(InvalidValue.class);
        assertThat(zeroDraft.paragraphs()).containsExactly("PP1", "OP1", "OP3", "OP3(b)", "PP4");
    }

    @Test
    void recordedValuesTodaysRulesRefuseStillLoadAsTheyStand() {
        assertThat(Delegation.isKnown("YUG")).isFalse();
        InputSubmitted input = payload("InputSubmitted-1-beyond-todays-rules.json");
        assertThat(input.delegation().code()).isEqualTo("YUG");
        assertThat(input.delegation().name()).isEqualTo("YUG");
        assertThat(input.proposals()).extracting(Proposal::paragraph).containsExactly("OP3", "OP12bis", "OP7");
        assertThat(input.comments()).endsWith("\u0000");
        CoFacilitatorsAppointed appointed = payload("CoFacilitatorsAppointed-1-beyond-todays-rules.json");
        assertThat(appointed.coFacilitators().get(0).representative()).isEqualTo("  Permanent Representative  ");
        assertThat(appointed.coFacilitators().get(1).delegation().isGroup()).isTrue();
        SilenceConcluded concluded = payload("SilenceConcluded-1-beyond-todays-rules.json");
        assertThat(concluded.brokenBy()).extracting(Delegation::code).containsExactly("YUG", "CSK");
        DocumentAdopted adopted = payload("DocumentAdopted-1-beyond-todays-rules.json");
        assertThat(adopted.documentId().value()).isEqualTo("GPA_2017");
        assertThat(adopted.votes().abstain()).isEqualTo(-1);
        assertThat(adopted.text().displayName()).isEqualTo("final1000");
    }

    @Test
    void aDocumentSourcedFromRevisionOneTakesTheNextInput() {
        SubmitInput input = mexicoProposesOn("OP3");
        fixture().given(payload("DocumentRegistered-1.json"), payload("CoFacilitatorsAppointed-1.json"),
                        payload("ZeroDraftCirculated-1.json"))
                .when(input, as(MEXICO_DELEGATE))
                .expectEvents(new InputSubmitted(DOCUMENT, DraftLabel.ZERO, MEXICO, null, null, input.proposals(),
                        NOW));
    }

    @Test
    void aDocumentWhoseTextTodaysReaderRefusesKnowsTheParagraphsItWasCirculatedWith() {
        fixture().given(payload("DocumentRegistered-1.json"), payload("CoFacilitatorsAppointed-1.json"),
                        payload("ZeroDraftCirculated-1-beyond-todays-rules.json"))
                .when(mexicoProposesOn("OP3"), as(MEXICO_DELEGATE))
                .expectSuccessfulHandlerExecution();
        fixture().given(payload("DocumentRegistered-1.json"), payload("CoFacilitatorsAppointed-1.json"),
                        payload("ZeroDraftCirculated-1-beyond-todays-rules.json"))
                .when(mexicoProposesOn("OP2"), as(MEXICO_DELEGATE))
                .expectException(violates(org.draftline.api.rules.NegotiationRule.UNKNOWN_PARAGRAPH))
                .expectNoEvents();
    }

    @Test
    void aDocumentWhoseCoFacilitatorLeftTodaysListStillLoads() {
        fixture().given(payload("DocumentRegistered-1.json"),
                        payload("CoFacilitatorsAppointed-1-beyond-todays-rules.json"))
                .when(new org.draftline.api.document.ReplaceCoFacilitators(DOCUMENT, CO_FACILITATORS, null, null),
                        as(SECRETARIAT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aGroupSourcedFromItsSampleTakesTheNextMandate() {
        AggregateTestFixture<Group> groups = new AggregateTestFixture<>(Group.class);
        groups.registerInjectableResource(CLOCK);
        groups.given((Object) payload("SpokespersonMandated-1.json"))
                .when(new MandateSpokesperson(G77, Delegation.of("BOL"), LocalDate.of(2018, 1, 1), null),
                        as(SECRETARIAT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSampledMandateLetsItsDelegationSpeakForTheGroup() {
        SpokespersonMandated mandate = payload("SpokespersonMandated-1.json");
        fixture(mandate).given(payload("DocumentRegistered-1.json"), payload("CoFacilitatorsAppointed-1.json"),
                        payload("ZeroDraftCirculated-1.json"))
                .when(new SubmitInput(DOCUMENT, DraftLabel.ZERO, ECUADOR, G77, "For the Group", List.of(), day(20)),
                        as(ECUADOR_DELEGATE))
                .expectSuccessfulHandlerExecution();
    }

    private static SubmitInput mexicoProposesOn(String paragraph) {
        return new SubmitInput(DOCUMENT, DraftLabel.ZERO, MEXICO, null, null,
                List.of(new Proposal(paragraph, ProposalAction.AMEND, "Invites every Member State to participate")),
                null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T payload(String file) {
        return (T) load(read(SAMPLES.resolve(file))).getPayload();
    }

    private static DomainEventMessage<?> load(Sample sample) {
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored(sample)),
                SERIALIZER, UPCASTERS);
        DomainEventMessage<?> message = stream.next();
        assertThat(stream.hasNext()).isFalse();
        return message;
    }

    private static IntermediateEventRepresentation upcast(Sample sample) {
        List<IntermediateEventRepresentation> upcast = UPCASTERS.upcast(
                Stream.of(new InitialEventRepresentation(stored(sample), SERIALIZER))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    /** The row as Axon's JDBC engine holds it: payload and metadata as JSON bytes. */
    private static GenericDomainEventEntry<byte[]> stored(Sample sample) {
        String aggregateType = sample.isGroupEvent() ? "Group" : "NegotiatedDocument";
        String aggregate = sample.payload().path(sample.isGroupEvent() ? "group" : "documentId").asText();
        return new GenericDomainEventEntry<>(aggregateType, aggregate, 0,
                UUID.randomUUID().toString(), "2017-03-01T14:00:00Z", sample.payloadType(), sample.revision(),
                bytes(sample.payload()), bytes(Objects.requireNonNullElse(sample.metaData(), JSON.createObjectNode())));
    }

    private static JsonNode writtenBack(Object payload) throws IOException {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(payload, byte[].class);
        return JSON.readTree(serialized.getData());
    }

    private static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void expectSample(String file, List<String> missing) {
        if (!Files.exists(SAMPLES.resolve(file))) {
            missing.add(file);
        }
    }

    static Stream<Sample> samples() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(GoldenEventsTest::read)
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sample read(Path file) {
        try {
            JsonNode json = JSON.readTree(file.toFile());
            JsonNode metaData = json.get("metaData");
            return new Sample(file.getFileName().toString(), json.get("payloadType").asText(),
                    json.get("revision").isNull() ? null : json.get("revision").asText(), json.get("payload"),
                    metaData == null || metaData.isNull() ? null : metaData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sampleDirectory() {
        try {
            return Path.of(Objects.requireNonNull(GoldenEventsTest.class.getResource("/golden-events")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
