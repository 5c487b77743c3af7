package org.draftline.command.document;

import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.ChangeVisibility;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.document.ReplaceCoFacilitators;
import org.draftline.api.document.Visibility;
import org.draftline.api.document.WithdrawDocument;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.CloseInputWindow;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.ExtendInputWindow;
import org.draftline.api.draft.OpenInputWindow;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.draftline.api.silence.BreakSilence;
import org.draftline.api.silence.ConcludeSilence;
import org.draftline.api.silence.ExtendSilence;
import org.draftline.api.silence.StartSilence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.draftline.command.document.Negotiation.*;

/**
 * A long negotiation made up as it goes, from a seed: each next command is drawn at random, most of them
 * plausible given what was recorded so far (it is told each answer), many of them refused (wrong draft,
 * unknown paragraph, silence running, window closed, wrong actor, dated before the last step...). It touches
 * every piece of the document's state: drafts and their paragraphs, the input window, silence procedures and
 * who broke them, co-facilitators, visibility, the last real-world time.
 */
final class LongNegotiation {

    /** A command and who sends it. */
    record Step(Object command, Actor actor) {
    }

    private static final Delegation[] DELEGATES = {MEXICO, ECUADOR, BELGIUM, QATAR, Delegation.of("FRA")};
    private static final List<CoFacilitator> OTHER_CO_FACILITATORS = List.of(
            new CoFacilitator(BELGIUM, "Marc Pecsteen de Buytswerve"),
            new CoFacilitator(Delegation.of("FRA"), "François Delattre"));
    private static final String[] LABELS = {"PP1", "PP2", "PP3", "OP1", "OP2", "OP3", "OP4", "OP5", "OP6", "OP7",
            "OP8", "OP9"};

    private final Random random;
    private Instant at = day(12);
    private int revisions;
    private int finals;
    private int procedures;
    private DraftLabel current = DraftLabel.ZERO;
    private List<String> paragraphs = PARAGRAPHS;
    private List<CoFacilitator> coFacilitators = CO_FACILITATORS;

    LongNegotiation(long seed) {
        this.random = new Random(seed);
    }

    /** The facts every negotiation here starts from, as commands. */
    static List<Step> opening() {
        return List.of(
                new Step(new RegisterDocument(DOCUMENT, "Political declaration",
                        DocumentKind.DECLARATION, "General Assembly", "71",
                        "GA resolution 71/287", REGISTERED_AT, null), SECRETARIAT),
                new Step(new AppointCoFacilitators(DOCUMENT, CO_FACILITATORS,
                        "Letter of the President", day(1)), SECRETARIAT),
                new Step(new CirculateZeroDraft(DOCUMENT, TEXT,
                        newYorkDeadline(day(20)), day(10)), CO_FACILITATOR));
    }

    /** Tells the negotiation that {@code step} was recorded, so the next draws follow the record. */
    void recorded(Step step) {
        Object command = step.command();
        if (command instanceof CirculateRevisedDraft revised) {
            current = DraftLabel.revision(++revisions);
            paragraphs = DraftText.parse(revised.text()).labels();
        } else if (command instanceof CirculateFinalDraft finalDraft) {
            current = DraftLabel.finalDraft(++finals);
            paragraphs = DraftText.parse(finalDraft.text()).labels();
        } else if (command instanceof StartSilence) {
            procedures++;
        } else if (command instanceof ReplaceCoFacilitators replaced) {
            coFacilitators = replaced.coFacilitators();
        }
    }

    /** The next command; {@code closing} lets consensus, adoption and withdrawal be drawn. */
    Step next(boolean closing) {
        at = at.plus(Duration.ofHours(1 + random.nextInt(30)));
        Instant when = random.nextInt(25) == 0 ? at.minus(Duration.ofDays(3)) : at;
        int draw = random.nextInt(closing ? 110 : 100);
        if (draw < 28) {
            Delegation delegation = pick(DELEGATES);
            boolean forG77 = delegation.equals(ECUADOR) && random.nextInt(4) == 0;
            return new Step(new SubmitInput(DOCUMENT, draftish(), delegation, forG77 ? G77 : null,
                    "Comments " + random.nextInt(1000), proposals(), when), delegate(delegation));
        }
        if (draw < 36) {
            return new Step(new CirculateRevisedDraft(DOCUMENT, text(), random.nextBoolean()
                    ? newYorkDeadline(when.plus(Duration.ofDays(random.nextInt(12) - 1))) : null, when), coFacilitator());
        }
        if (draw < 41) {
            return new Step(new OpenInputWindow(DOCUMENT, deadline(when), when), coFacilitator());
        }
        if (draw < 46) {
            return new Step(new ExtendInputWindow(DOCUMENT, deadline(when), when), coFacilitator());
        }
        if (draw < 49) {
            return new Step(new CloseInputWindow(DOCUMENT, when), coFacilitator());
        }
        if (draw < 56) {
            return new Step(new StartSilence(DOCUMENT, deadline(when), when), coFacilitator());
        }
        if (draw < 60) {
            return new Step(new ExtendSilence(DOCUMENT, deadline(when), when), coFacilitator());
        }
        if (draw < 70) {
            Delegation delegation = pick(DELEGATES);
            return new Step(new BreakSilence(DOCUMENT, delegation, null, "Reason " + random.nextInt(1000),
                    proposals(), when), delegate(delegation));
        }
        if (draw < 74) {
            return new Step(new ConcludeSilence(DOCUMENT, 1 + random.nextInt(procedures + 1)), SECRETARIAT);
        }
        if (draw < 79) {
            return new Step(new RecordMeeting(DOCUMENT, pick(MeetingKind.values()), "Meeting " + random.nextInt(100),
                    LocalDate.ofInstant(when, ZoneOffset.UTC), null, when), coFacilitator());
        }
        if (draw < 83) {
            return new Step(new PublishSupportingDocument(DOCUMENT, pick(SupportingDocumentKind.values()),
                    "Document " + random.nextInt(100), null, when), random.nextBoolean() ? SECRETARIAT : coFacilitator());
        }
        if (draw < 86) {
            return new Step(new ChangeVisibility(DOCUMENT, pick(Visibility.values()), when), SECRETARIAT);
        }
        if (draw < 88) {
            return new Step(new ReplaceCoFacilitators(DOCUMENT, random.nextBoolean() ? CO_FACILITATORS
                    : OTHER_CO_FACILITATORS, "Letter " + random.nextInt(100), when), SECRETARIAT);
        }
        if (draw < 94) {
            return new Step(new CirculateFinalDraft(DOCUMENT, text(), when), coFacilitator());
        }
        if (draw < 100) {
            return new Step(new CirculateZeroDraft(DOCUMENT, text(), null, when),
                    random.nextInt(3) == 0 ? OBSERVER : coFacilitator());
        }
        if (draw < 104) {
            return new Step(new DeclareConsensus(DOCUMENT, null, when), coFacilitator());
        }
        if (draw < 108) {
            return new Step(new RecordAdoption(DOCUMENT, "A/RES/71/" + (200 + random.nextInt(99)),
                    LocalDate.ofInstant(when, ZoneOffset.UTC), AdoptionMethod.WITHOUT_A_VOTE, null, null, when),
                    SECRETARIAT);
        }
        return new Step(new WithdrawDocument(DOCUMENT, "Withdrawn", when), SECRETARIAT);
    }

    private DraftLabel draftish() {
        int draw = random.nextInt(10);
        if (draw == 0) {
            return DraftLabel.ZERO;
        }
        if (draw == 1 && revisions > 0) {
            return DraftLabel.revision(1 + random.nextInt(revisions));
        }
        if (draw == 2) {
            return DraftLabel.revision(revisions + 1);
        }
        return current;
    }

    private List<Proposal> proposals() {
        List<Proposal> proposals = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String paragraph = random.nextInt(6) == 0 ? pick(LABELS) : paragraphs.get(random.nextInt(paragraphs.size()));
            proposals.add(random.nextBoolean() ? new Proposal(paragraph, ProposalAction.DELETE, null)
                    : new Proposal(paragraph, ProposalAction.AMEND, "Amended " + random.nextInt(1000)));
        }
        return proposals;
    }

    /** A text of some of the paragraphs, in order, so that proposals on the others are refused. */
    private String text() {
        StringBuilder text = new StringBuilder();
        for (String label : LABELS) {
            if (label.equals("OP1") || random.nextInt(3) > 0) {
                text.append(label).append(" Paragraph ").append(label).append(" wording ").append(random.nextInt(100))
                        .append(label.startsWith("PP") ? ",\n" : ";\n");
            }
        }
        return text.toString().strip();
    }

    private Deadline deadline(Instant from) {
        return newYorkDeadline(from.plus(Duration.ofHours(random.nextInt(24 * 8) - 12)));
    }

    private Actor coFacilitator() {
        int draw = random.nextInt(12);
        if (draw == 0) {
            return OBSERVER;
        }
        if (draw == 1) {
            return delegate(MEXICO);
        }
        return delegate(coFacilitators.get(random.nextInt(coFacilitators.size())).delegation());
    }

    private static Actor delegate(Delegation delegation) {
        return Actor.delegate(delegation.code().toLowerCase() + "-delegate", delegation).recordedBy("pga-office");
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The value made, or null where a client could not even send it (a value refused by its own checks). */
    static <T> T orNull(Supplier<T> making) {
        try {
            return making.get();
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
