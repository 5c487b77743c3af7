package org.draftline.command.document;

import org.axonframework.serialization.SerializedObject;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.InputWindowExtended;
import org.draftline.api.document.DocumentEvent.SilenceExtended;
import org.draftline.api.document.DocumentEvent.VisibilityChanged;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.reading.Alternative;
import org.draftline.api.reading.ParagraphStatus;
import org.draftline.api.reading.ReadingStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.command.document.DocumentSnapshotTest.SERIALIZER;
import static org.draftline.command.document.Negotiation.*;

/**
 * What a snapshot of a document holds: every field of its state, read back equal, and a guard that the state's
 * shape has not changed without a new snapshot revision (old snapshots would then be read into the new shape).
 */
class DocumentSnapshotShapeTest {

    /**
     * The state's fields, as of {@link NegotiatedDocument#SNAPSHOT_REVISION} "2" (revision 2 added
     * {@code currentText} and {@code readingStatuses}).
     */
    private static final List<String> REVISION_2 = List.of(
            "NegotiatedDocument.coFacilitators: java.util.List<org.draftline.api.document.CoFacilitator>",
            "NegotiatedDocument.currentDraft: org.draftline.api.draft.DraftLabel",
            "NegotiatedDocument.currentText: java.lang.String",
            "NegotiatedDocument.readingStatuses: java.util.Map<java.lang.String, org.draftline.api.reading.ParagraphStatus>",
            "NegotiatedDocument.documentId: org.draftline.api.document.DocumentId",
            "NegotiatedDocument.finalDrafts: int",
            "NegotiatedDocument.inputWindow: org.draftline.command.document.InputWindow",
            "NegotiatedDocument.lastOccurredAt: java.time.Instant",
            "NegotiatedDocument.lastSilenceDeadline: org.draftline.api.Deadline",
            "NegotiatedDocument.paragraphsByDraft: java.util.Map<org.draftline.api.draft.DraftLabel, java.util.Set<java.lang.String>>",
            "NegotiatedDocument.revisions: int",
            "NegotiatedDocument.silence: org.draftline.command.document.RunningSilence",
            "NegotiatedDocument.silenceProcedures: int",
            "NegotiatedDocument.stage: org.draftline.api.document.Stage",
            "NegotiatedDocument.visibility: org.draftline.api.document.Visibility",
            "RunningSilence.brokenBy: java.util.List<org.draftline.api.delegation.Delegation>",
            "RunningSilence.deadline: org.draftline.api.Deadline",
            "RunningSilence.onDraft: org.draftline.api.draft.DraftLabel",
            "RunningSilence.procedure: int",
            "InputWindow.closed: boolean",
            "InputWindow.deadline: org.draftline.api.Deadline",
            "InputWindow.onDraft: org.draftline.api.draft.DraftLabel");

    @Test
    void theSnapshotRevisionNamesTheShapeOfTheState() {
        assertThat(NegotiatedDocument.SNAPSHOT_REVISION)
                .as("a new shape of the state needs a new snapshot revision and this list updated").isEqualTo("2");
        assertThat(Stream.of(NegotiatedDocument.class, RunningSilence.class, InputWindow.class)
                .flatMap(type -> stateFields(type).map(field -> type.getSimpleName() + "." + field.getName() + ": "
                        + field.getGenericType().getTypeName())).toList())
                .as("the document's state changed shape: give NegotiatedDocument a new SNAPSHOT_REVISION, so that "
                        + "snapshots of the old shape are passed over, and update this list")
                .containsExactlyInAnyOrderElementsOf(REVISION_2);
    }

    /** A document under a silence broken by one delegation, with a window open on its draft: most fields set. */
    @Test
    void aSnapshotReadsBackEveryFieldOfADocumentUnderBrokenSilence() {
        NegotiatedDocument document = after(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft(),
                new InputWindowExtended(DOCUMENT, DraftLabel.ZERO, newYorkDeadline(day(20)), newYorkDeadline(day(25)),
                        day(15)),
                rev1(), new DocumentEvent.InputWindowOpened(DOCUMENT, DraftLabel.revision(1),
                        newYorkDeadline(day(31)), day(30)),
                new DocumentEvent.ParagraphStatusRecorded(DOCUMENT, DraftLabel.revision(1), List.of(
                        new ParagraphStatus("OP1", ReadingStatus.BRACKETED, List.of(new Alternative(
                                "Reaffirms its commitment to the Global Plan;", List.of(MEXICO, G77)))),
                        new ParagraphStatus("OP2", ReadingStatus.AGREED_AD_REF, List.of())), day(30)),
                new VisibilityChanged(DOCUMENT, Visibility.PUBLIC, Visibility.MEMBERS, day(30)),
                silenceOnRev1(), new SilenceExtended(DOCUMENT, 1, newYorkDeadline(day(33)), newYorkDeadline(day(34)),
                        day(31)), mexicoBreaksSilence(),
                new DocumentEvent.SilenceBroken(DOCUMENT, 1, ECUADOR, G77, "On behalf of the Group", List.of(), day(32)));

        assertReadsBackEqual(document);
        assertThat(unsetFields(document)).containsOnly("lastSilenceDeadline", "finalDrafts");
    }

    @Test
    void aSnapshotReadsBackEveryFieldOfADocumentAfterItsSilenceAndFinalDraft() {
        NegotiatedDocument document = after(registered(), appointed(), zeroDraft(), inputWindowOnZeroDraft(),
                new DocumentEvent.InputWindowClosed(DOCUMENT, DraftLabel.ZERO, day(20)), rev1(), silenceOnRev1(),
                silencePassed(), finalDraft(day(34)));

        assertReadsBackEqual(document);
        assertThat(unsetFields(document)).containsOnly("silence");
    }

    private static NegotiatedDocument after(DocumentEvent... events) {
        NegotiatedDocument document = new NegotiatedDocument();
        Arrays.stream(events).forEach(document::on);
        return document;
    }

    private static void assertReadsBackEqual(NegotiatedDocument document) {
        SerializedObject<byte[]> json = SERIALIZER.serialize(document, byte[].class);
        NegotiatedDocument read = SERIALIZER.deserialize(json);
        assertThat(read).usingRecursiveComparison().isEqualTo(document);
        // and the comparison saw the fields it compared: the JSON names each of them
        assertThat(new String(json.getData())).contains(stateFields(NegotiatedDocument.class)
                .map(field -> "\"" + field.getName() + "\"").toList());
    }

    private static Set<String> unsetFields(NegotiatedDocument document) {
        Set<String> unset = new HashSet<>();
        stateFields(NegotiatedDocument.class).forEach(field -> {
            try {
                field.setAccessible(true);
                Object value = field.get(document);
                if (value == null || value.equals(0)) {
                    unset.add(field.getName());
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        });
        return unset;
    }

    private static Stream<Field> stateFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers())
                && !field.isSynthetic());
    }
}
