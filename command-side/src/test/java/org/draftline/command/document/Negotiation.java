package org.draftline.command.document;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsAppointed;
import org.draftline.api.document.DocumentEvent.ConsensusDeclared;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.group.GroupEvent.SpokespersonMandated;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.silence.SilenceOutcome;
import org.draftline.command.Refusals;
import org.draftline.command.group.GroupMandates;
import org.hamcrest.Matcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cast and the recorded facts that the aggregate tests start from: a document negotiated in 2017. */
final class Negotiation {

    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Duration GRACE = Duration.ofSeconds(30);
    static final Duration MINIMUM_NOTICE = Duration.ofHours(1);

    static final DocumentId DOCUMENT = DocumentId.of("gpa-2017-political-declaration");
    static final Instant REGISTERED_AT = Instant.parse("2017-03-01T14:00:00Z");

    static final Delegation BELGIUM = Delegation.of("BEL");
    static final Delegation QATAR = Delegation.of("QAT");
    static final Delegation MEXICO = Delegation.of("MEX");
    static final Delegation ECUADOR = Delegation.of("ECU");
    static final Delegation G77 = Delegation.of("G77");

    static final Actor SECRETARIAT = Actor.secretariat("pga-office");
    /*
     * The 2017 negotiation is history by now: the secretariat records each delegation's acts for it. The
     * rules judge them as those delegations' acts; TrustedTimeTest has the same delegations acting live.
     */
    static final Actor CO_FACILITATOR = Actor.delegate("belgium-pr", BELGIUM).recordedBy("pga-office");
    static final Actor OTHER_CO_FACILITATOR = Actor.delegate("qatar-pr", QATAR).recordedBy("pga-office");
    static final Actor MEXICO_DELEGATE = Actor.delegate("mexico-delegate", MEXICO).recordedBy("pga-office");
    static final Actor ECUADOR_DELEGATE = Actor.delegate("ecuador-delegate", ECUADOR).recordedBy("pga-office");
    static final Actor OBSERVER = Actor.observer("ngo-observer");

    static final List<CoFacilitator> CO_FACILITATORS = List.of(
            new CoFacilitator(BELGIUM, "Marc Pecsteen de Buytswerve"),
            new CoFacilitator(QATAR, "Alya Ahmed Saif Al-Thani"));

    /** A short text in the labelled style, with enough paragraphs for the proposals of the tests. */
    static final String TEXT = """
            PP1 Recalling its resolution 64/293,
            PP2 Reaffirming its commitment to combat trafficking in persons,
            PP3 Noting the report of the Secretary-General,
            OP1 Reaffirms the Global Plan of Action;
            OP2 Decides to convene a high-level meeting;
            OP3 Invites Member States to participate;
            OP4 Requests the Secretary-General to report;
            OP5 Calls upon Member States to act;
            OP6 Encourages civil society to contribute;
            OP7 Decides to remain seized of the matter.""";

    /** The paragraph labels of {@link #TEXT}, as the circulation events record them. */
    static final List<String> PARAGRAPHS = List.of("PP1", "PP2", "PP3", "OP1", "OP2", "OP3", "OP4", "OP5", "OP6",
            "OP7");

    private Negotiation() {
    }

    /** Ecuador chaired the Group of 77 and China in 2017: its mandate is on the record of every fixture. */
    static final SpokespersonMandated ECUADOR_CHAIRS_G77_IN_2017 = new SpokespersonMandated(G77, ECUADOR,
            LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), REGISTERED_AT);

    static AggregateTestFixture<NegotiatedDocument> fixture() {
        return fixture(ECUADOR_CHAIRS_G77_IN_2017);
    }

    /** A fixture whose groups' record holds exactly {@code mandates}. */
    static AggregateTestFixture<NegotiatedDocument> fixture(SpokespersonMandated... mandates) {
        AggregateTestFixture<NegotiatedDocument> fixture = new AggregateTestFixture<>(NegotiatedDocument.class);
        fixture.registerInjectableResource(new Timekeeper(CLOCK, GRACE, MINIMUM_NOTICE));
        fixture.registerInjectableResource(groupsRecording(mandates));
        return fixture;
    }

    /** The groups' mandates read, as in production, from the Group aggregates' events in an event store. */
    static GroupMandates groupsRecording(SpokespersonMandated... mandates) {
        EventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        Map<Delegation, Long> sequences = new HashMap<>();
        for (SpokespersonMandated mandate : mandates) {
            long sequence = sequences.merge(mandate.group(), 0L, (last, first) -> last + 1);
            store.publish(new GenericDomainEventMessage<>("Group", mandate.group().code(), sequence, mandate));
        }
        return new GroupMandates(store);
    }

    static Map<String, ?> as(Actor actor) {
        return actor.toMetaData();
    }

    /** A command sent by {@code actor}, for the fixture's given commands. */
    static CommandMessage<?> by(Actor actor, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData());
    }

    /** Day {@code n} of the negotiation, at 14:00 UTC. */
    static Instant day(int n) {
        return REGISTERED_AT.plus(Duration.ofDays(n));
    }

    static Deadline newYorkDeadline(Instant at) {
        return new Deadline(at, NEW_YORK);
    }

    static Matcher<Throwable> violates(NegotiationRule rule) {
        return Refusals.violates(rule);
    }

    static DocumentRegistered registered() {
        return new DocumentRegistered(DOCUMENT, "Political declaration on the Global Plan of Action",
                DocumentKind.DECLARATION, "General Assembly", "71", "GA resolution 71/287", REGISTERED_AT);
    }

    static CoFacilitatorsAppointed appointed() {
        return new CoFacilitatorsAppointed(DOCUMENT, CO_FACILITATORS, "Letter of the President", day(1));
    }

    static ZeroDraftCirculated zeroDraft() {
        return new ZeroDraftCirculated(DOCUMENT, DraftLabel.ZERO, TEXT, PARAGRAPHS, day(10));
    }

    static InputWindowOpened inputWindowOnZeroDraft() {
        return new InputWindowOpened(DOCUMENT, DraftLabel.ZERO, newYorkDeadline(day(20)), day(10));
    }

    static RevisedDraftCirculated rev1() {
        return new RevisedDraftCirculated(DOCUMENT, DraftLabel.revision(1), 1, TEXT, PARAGRAPHS, day(30));
    }

    static SilenceStarted silenceOnRev1() {
        return new SilenceStarted(DOCUMENT, 1, DraftLabel.revision(1), newYorkDeadline(day(33)), day(31));
    }

    static SilenceBroken mexicoBreaksSilence() {
        return new SilenceBroken(DOCUMENT, 1, MEXICO, null, "OP1 must mention victims", List.of(), day(32));
    }

    static SilenceConcluded silencePassed() {
        return new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.PASSED, List.of(), day(33));
    }

    static SilenceConcluded silenceBrokenByMexico() {
        return new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.BROKEN, List.of(MEXICO), day(33));
    }

    static FinalDraftCirculated finalDraft(Instant at) {
        return new FinalDraftCirculated(DOCUMENT, DraftLabel.finalDraft(1), TEXT, PARAGRAPHS, at);
    }

    static ConsensusDeclared consensus(Instant at) {
        return new ConsensusDeclared(DOCUMENT, DraftLabel.finalDraft(1), null, at);
    }
}
