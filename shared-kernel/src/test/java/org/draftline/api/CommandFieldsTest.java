package org.draftline.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.document.ChangeVisibility;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.ReplaceCoFacilitators;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.CloseInputWindow;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.OpenInputWindow;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.meeting.ChangeSegment;
import org.draftline.api.meeting.InscribeSpeaker;
import org.draftline.api.meeting.MeetingId;
import org.draftline.api.meeting.OrganizeMeeting;
import org.draftline.api.meeting.RecordStatement;
import org.draftline.api.meeting.RepresentationLevel;
import org.draftline.api.meeting.ScheduleSegment;
import org.draftline.api.meeting.Segment;
import org.draftline.api.meeting.SegmentKind;
import org.draftline.api.meeting.TimeLimits;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.reading.RecordParagraphStatus;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.StartSilence;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every text a command carries is checked as recordable text and every command's {@code occurredAt} as a
 * recordable time, each refusal naming its field; the lists below must name every such field of every
 * command, so a command added without the checks fails here.
 */
class CommandFieldsTest {

    private static final DocumentId DOCUMENT = DocumentId.of("fields-resolution");
    private static final Delegation MEXICO = Delegation.of("MEX");
    private static final String DRAFT = "PP1 Recalling ...\nOP1 Decides ...";
    private static final Instant NOW = Instant.parse("2017-01-11T00:00:00Z");
    private static final Deadline DEADLINE = new Deadline(Instant.parse("2017-02-01T23:00:00Z"), null);
    private static final MeetingId MEETING = MeetingId.of("fields-meeting");
    private static final LocalDate DAY = LocalDate.of(2017, 9, 27);
    private static final TimeLimits LIMITS = TimeLimits.of(Duration.ofMinutes(3), Duration.ofMinutes(5));
    private static final Segment SEGMENT = Segment.of("plenary-1", SegmentKind.PLENARY, "Plenary", null,
            Instant.parse("2017-09-27T14:00:00Z"), Instant.parse("2017-09-27T18:00:00Z"), null, null);
    private static final List<CoFacilitator> BELGIUM = List.of(new CoFacilitator(Delegation.of("BEL"), null));

    /** Each text field of a command (and of the values in its lists), built with the text given. */
    private static Map<String, Function<String, Object>> textFields() {
        Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
        fields.put("RegisterDocument.title", text -> new RegisterDocument(DOCUMENT, text, DocumentKind.OTHER, "GA",
                null, null, null));
        fields.put("RegisterDocument.body", text -> new RegisterDocument(DOCUMENT, "T", DocumentKind.OTHER, text,
                null, null, null));
        fields.put("RegisterDocument.session", text -> new RegisterDocument(DOCUMENT, "T", DocumentKind.OTHER, "GA",
                text, null, null));
        fields.put("RegisterDocument.mandate", text -> new RegisterDocument(DOCUMENT, "T", DocumentKind.OTHER, "GA",
                null, text, null));
        fields.put("AppointCoFacilitators.letter", text -> new AppointCoFacilitators(DOCUMENT, BELGIUM, text, null));
        fields.put("ReplaceCoFacilitators.letter", text -> new ReplaceCoFacilitators(DOCUMENT, BELGIUM, text, null));
        fields.put("CoFacilitator.representative", text -> new CoFacilitator(Delegation.of("BEL"), text));
        fields.put("CirculateZeroDraft.text", text -> new CirculateZeroDraft(DOCUMENT, text, null, null));
        fields.put("CirculateRevisedDraft.text", text -> new CirculateRevisedDraft(DOCUMENT, text, null, null));
        fields.put("CirculateFinalDraft.text", text -> new CirculateFinalDraft(DOCUMENT, text, null));
        fields.put("SubmitInput.comments", text -> new SubmitInput(DOCUMENT, DraftLabel.ZERO, MEXICO, null, text,
                List.of(new Proposal("OP1", ProposalAction.DELETE, null)), null));
        fields.put("Proposal.paragraph", text -> new Proposal(text, ProposalAction.DELETE, null));
        fields.put("Proposal.text", text -> new Proposal("OP1", ProposalAction.AMEND, text));
        fields.put("RecordMeeting.title", text -> new RecordMeeting(DOCUMENT, MeetingKind.READING, text,
                LocalDate.of(2017, 1, 11), null, null));
        fields.put("RecordMeeting.summary", text -> new RecordMeeting(DOCUMENT, MeetingKind.READING, "Reading",
                LocalDate.of(2017, 1, 11), text, null));
        fields.put("PublishSupportingDocument.title", text -> new PublishSupportingDocument(DOCUMENT,
                SupportingDocumentKind.LETTER, text, null, null));
        fields.put("PublishSupportingDocument.url", text -> new PublishSupportingDocument(DOCUMENT,
                SupportingDocumentKind.LETTER, "Letter", "https://un.org/" + text, null));
        fields.put("BreakSilence.reason", text -> new BreakSilence(DOCUMENT, MEXICO, null, text, null, null));
        fields.put("DeclareConsensus.note", text -> new DeclareConsensus(DOCUMENT, text, null));
        fields.put("RecordAdoption.symbol", text -> new RecordAdoption(DOCUMENT, "A/RES/71/287" + text,
                LocalDate.of(2017, 4, 28), AdoptionMethod.WITHOUT_A_VOTE, null, null, null));
        fields.put("RecordAdoption.draftSymbol", text -> new RecordAdoption(DOCUMENT, "A/RES/71/287",
                LocalDate.of(2017, 4, 28), AdoptionMethod.WITHOUT_A_VOTE, null, "A/71/L.65" + text, null));
        fields.put("WithdrawDocument.reason", text -> new WithdrawDocument(DOCUMENT, text, null));
        fields.put("OrganizeMeeting.title", text -> new OrganizeMeeting(MEETING, text, DOCUMENT, DAY, DAY, null,
                LIMITS, null));
        fields.put("OrganizeMeeting.venue", text -> new OrganizeMeeting(MEETING, "Meeting", DOCUMENT, DAY, DAY, text,
                LIMITS, null));
        fields.put("InscribeSpeaker.segment", text -> new InscribeSpeaker(MEETING, text, null,
                RepresentationLevel.MINISTER, null));
        fields.put("RecordStatement.segment", text -> new RecordStatement(MEETING, text, MEXICO, null, NOW,
                NOW.plusSeconds(180)));
        return fields;
    }

    /** Each command dated by its sender, built with the {@code occurredAt} given. */
    private static Map<String, Function<Instant, Object>> datedCommands() {
        Map<String, Function<Instant, Object>> commands = new LinkedHashMap<>();
        commands.put("RegisterDocument", at -> new RegisterDocument(DOCUMENT, "T", DocumentKind.OTHER, "GA", null,
                null, at));
        commands.put("AppointCoFacilitators", at -> new AppointCoFacilitators(DOCUMENT, BELGIUM, null, at));
        commands.put("ReplaceCoFacilitators", at -> new ReplaceCoFacilitators(DOCUMENT, BELGIUM, null, at));
        commands.put("CirculateZeroDraft", at -> new CirculateZeroDraft(DOCUMENT, DRAFT, null, at));
        commands.put("CirculateRevisedDraft", at -> new CirculateRevisedDraft(DOCUMENT, DRAFT, null, at));
        commands.put("CirculateFinalDraft", at -> new CirculateFinalDraft(DOCUMENT, DRAFT, at));
        commands.put("SubmitInput", at -> new SubmitInput(DOCUMENT, DraftLabel.ZERO, MEXICO, null, "x", null, at));
        commands.put("OpenInputWindow", at -> new OpenInputWindow(DOCUMENT, DEADLINE, at));
        commands.put("ExtendInputWindow", at -> new ExtendInputWindow(DOCUMENT, DEADLINE, at));
        commands.put("CloseInputWindow", at -> new CloseInputWindow(DOCUMENT, at));
        commands.put("RecordMeeting", at -> new RecordMeeting(DOCUMENT, MeetingKind.READING, "Reading",
                LocalDate.of(2017, 1, 11), null, at));
        commands.put("PublishSupportingDocument", at -> new PublishSupportingDocument(DOCUMENT,
                SupportingDocumentKind.LETTER, "Letter", null, at));
        commands.put("StartSilence", at -> new StartSilence(DOCUMENT, DEADLINE, at));
        commands.put("ExtendSilence", at -> new ExtendSilence(DOCUMENT, DEADLINE, at));
        commands.put("BreakSilence", at -> new BreakSilence(DOCUMENT, MEXICO, null, "OP1", null, at));
        commands.put("DeclareConsensus", at -> new DeclareConsensus(DOCUMENT, null, at));
        commands.put("RecordAdoption", at -> new RecordAdoption(DOCUMENT, "A/RES/71/287", LocalDate.of(2017, 4, 28),
                AdoptionMethod.WITHOUT_A_VOTE, null, null, at));
        commands.put("WithdrawDocument", at -> new WithdrawDocument(DOCUMENT, "withdrawn", at));
        commands.put("ChangeVisibility", at -> new ChangeVisibility(DOCUMENT, Visibility.MEMBERS, at));
        commands.put("RecordParagraphStatus", at -> new RecordParagraphStatus(DOCUMENT, DraftLabel.ZERO,
                List.of(ParagraphStatus.pending("OP1")), at));
        commands.put("OrganizeMeeting", at -> new OrganizeMeeting(MEETING, "Meeting", DOCUMENT, DAY, DAY, null,
                LIMITS, at));
        commands.put("ScheduleSegment", at -> new ScheduleSegment(MEETING, SEGMENT, at));
        commands.put("ChangeSegment", at -> new ChangeSegment(MEETING, SEGMENT, at));
        commands.put("InscribeSpeaker", at -> new InscribeSpeaker(MEETING, "plenary-1", null,
                RepresentationLevel.MINISTER, at));
        return commands;
    }

    @Test
    void everyTextFieldRefusesAControlCharacterNamingTheField() {
        textFields().forEach((field, build) -> {
            String name = field.substring(field.indexOf('.') + 1);
            assertThatThrownBy(() -> build.apply("x\u0000y")).as(field).isInstanceOf(InvalidValue.class)
                    .satisfies(refusal -> assertThat(((InvalidValue) refusal).field()).endsWith(name))
                    .hasMessageContaining("(U+0000)");
            assertThatThrownBy(() -> build.apply("x\ud800")).as(field).isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("(U+D800)");
        });
    }

    @Test
    void everyTextFieldIsRecordedComposedWithNewlines() {
        assertThat(new SubmitInput(DOCUMENT, DraftLabel.ZERO, MEXICO, null, " Cafe\u0301\r\nnext ", null, null)
                .comments()).isEqualTo("Caf\u00e9\nnext");
        assertThat(new Proposal("OP1", ProposalAction.AMEND, "Cafe\u0301").text()).isEqualTo("Caf\u00e9");
        assertThat(new CirculateZeroDraft(DOCUMENT, "PP1 Cafe\u0301\r\nOP1 Decides", null, null).text())
                .isEqualTo("PP1 Caf\u00e9\nOP1 Decides");
    }

    @Test
    void aDraftMadeOnlyOfLineSeparatorsIsRefusedAsText() {
        for (String separators : List.of("\u0085", "\u2028", "\u2029", "\u2028\n\u2029")) {
            assertThatThrownBy(() -> new CirculateRevisedDraft(DOCUMENT, separators, null, null))
                    .isInstanceOf(InvalidValue.class).hasMessageStartingWith("text: ");
        }
    }

    @Test
    void everyCommandRefusesAnOccurredAtOutOfRangeNamingIt() {
        datedCommands().forEach((command, build) -> {
            assertThat(build.apply(NOW)).as(command).isNotNull();
            assertThat(build.apply(null)).as(command).isNotNull();
            for (Instant time : List.of(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("-4714-01-01T00:00:00Z"),
                    Instant.parse("+10000-01-01T00:00:00Z"), Instant.MAX)) {
                assertThatThrownBy(() -> build.apply(time)).as(command + " at " + time)
                        .isInstanceOf(InvalidValue.class).hasMessageStartingWith("occurredAt: ");
            }
        });
    }

    @Test
    void deadlinesAndDaysOfCommandsAreInRangeAndWithinAYearOfTheAct() {
        Deadline farAway = new Deadline(Instant.parse("+99999-01-01T00:00:00Z"), null);
        Deadline nextYear = new Deadline(NOW.plusSeconds(366L * 24 * 3600 + 1), null);
        for (Deadline deadline : List.of(farAway, nextYear)) {
            assertThatThrownBy(() -> new StartSilence(DOCUMENT, deadline, NOW)).hasMessageStartingWith("deadline: ");
            assertThatThrownBy(() -> new ExtendSilence(DOCUMENT, deadline, NOW)).hasMessageStartingWith("deadline: ");
            assertThatThrownBy(() -> new OpenInputWindow(DOCUMENT, deadline, NOW)).hasMessageStartingWith("deadline: ");
            assertThatThrownBy(() -> new ExtendInputWindow(DOCUMENT, deadline, NOW))
                    .hasMessageStartingWith("deadline: ");
            assertThatThrownBy(() -> new CirculateZeroDraft(DOCUMENT, DRAFT, deadline, NOW))
                    .hasMessageStartingWith("inputDeadline: ");
            assertThatThrownBy(() -> new CirculateRevisedDraft(DOCUMENT, DRAFT, deadline, NOW))
                    .hasMessageStartingWith("inputDeadline: ");
        }
        assertThatThrownBy(() -> new StartSilence(DOCUMENT, farAway, null)).hasMessageStartingWith("deadline: ");
        assertThat(new StartSilence(DOCUMENT, nextYear, null).deadline()).isEqualTo(nextYear);
        assertThatThrownBy(() -> new RecordMeeting(DOCUMENT, MeetingKind.READING, "Reading", LocalDate.of(1, 1, 1),
                null, null)).hasMessageStartingWith("heldOn: ");
        assertThatThrownBy(() -> new RecordAdoption(DOCUMENT, "A/RES/71/287", LocalDate.of(99999, 1, 1),
                AdoptionMethod.WITHOUT_A_VOTE, null, null, null)).hasMessageStartingWith("adoptedOn: ");
    }

    @Test
    void theListsNameEveryTextFieldAndEveryDatedCommand() {
        List<Class<?>> commands = commandRecords();
        assertThat(commands).hasSizeGreaterThan(15);
        Set<String> texts = new TreeSet<>();
        Set<String> dated = new TreeSet<>();
        Stream.concat(commands.stream(), Stream.of(Proposal.class, CoFacilitator.class)).forEach(type -> {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == String.class) {
                    texts.add(type.getSimpleName() + "." + component.getName());
                }
                if (component.getName().equals("occurredAt")) {
                    dated.add(type.getSimpleName());
                }
            }
        });
        assertThat(texts).isEqualTo(new TreeSet<>(textFields().keySet()));
        assertThat(dated).isEqualTo(new TreeSet<>(datedCommands().keySet()));
    }

    /** The records of the published language that a command handler is addressed by. */
    private static List<Class<?>> commandRecords() {
        try {
            Path root = Path.of(Fields.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                        .map(file -> root.relativize(file).toString().replace(".class", "")
                                .replace(root.getFileSystem().getSeparator(), "."))
                        .map(CommandFieldsTest::load)
                        .filter(Class::isRecord)
                        .filter(type -> Arrays.stream(type.getRecordComponents()).anyMatch(component ->
                                component.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)
                                        || fieldAnnotated(type, component)))
                        .collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean fieldAnnotated(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
