package org.draftline.command.document;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.DeclareConsensus;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.CoFacilitatorsAppointed;
import org.draftline.api.document.DocumentEvent.ConsensusDeclared;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.FinalDraftCirculated;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.InputWindowClosed;
import org.draftline.api.document.DocumentEvent.InputWindowOpened;
import org.draftline.api.document.DocumentEvent.MeetingRecorded;
import org.draftline.api.document.DocumentEvent.RevisedDraftCirculated;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.SilenceStarted;
import org.draftline.api.document.DocumentEvent.SupportingDocumentPublished;
import org.draftline.api.document.DocumentEvent.ZeroDraftCirculated;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RecordAdoption;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.draft.CirculateFinalDraft;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.draftline.api.silence.StartSilence;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.draftline.command.document.Negotiation.*;
import static org.hamcrest.Matchers.instanceOf;

/**
 * The two negotiations of the seed page (the 2017 appraisal of the Global Plan of Action), step by step
 * through the aggregate, each step checked against the facts it must record. The stages and their order
 * are the page's; the dates, texts and delegations' input are illustrative, since the page gives none.
 */
class SeedNegotiationsTest {

    private static final Actor EU_DELEGATE = Actor.delegate("eu-delegate", Delegation.of("EU"))
            .recordedBy("pga-office");

    private record Step(Object command, Actor actor, List<Class<? extends DocumentEvent>> records) {
    }

    private static Step step(Object command, Actor actor, Class<? extends DocumentEvent>... records) {
        return new Step(command, actor, List.of(records));
    }

    private static Instant newYork(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), NEW_YORK).toInstant();
    }

    /** Runs each step on the record of all the steps before it, as the repository would load it. */
    private static void negotiate(List<Step> steps) {
        List<CommandMessage<?>> record = new ArrayList<>();
        for (Step step : steps) {
            AggregateTestFixture<NegotiatedDocument> fixture = fixture();
            List<Matcher<?>> expected = new ArrayList<>();
            step.records().forEach(type -> expected.add(instanceOf(type)));
            expected.add(andNoMore());
            (record.isEmpty() ? fixture.givenNoPriorActivity() : fixture.givenCommands(record))
                    .when(step.command(), as(step.actor()))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(expected.toArray(Matcher[]::new))));
            record.add(GenericCommandMessage.asCommandMessage(step.command()).andMetaData(as(step.actor())));
        }
    }

    @Test
    void theModalitiesResolutionFromZeroDraftToAdoption() {
        DocumentId modalities = DocumentId.of("gpa-2017-modalities-resolution");
        negotiate(List.of(
                step(new RegisterDocument(modalities, "Modalities, format and organization of the high-level meeting "
                                + "on the appraisal of the Global Plan of Action to Combat Trafficking in Persons",
                                DocumentKind.RESOLUTION, "General Assembly", "71", "GA resolution 70/179",
                                newYork("2017-01-09T10:00")),
                        SECRETARIAT, DocumentRegistered.class),
                step(new AppointCoFacilitators(modalities, CO_FACILITATORS, "Letter of the President of the "
                                + "General Assembly", newYork("2017-01-12T10:00")),
                        SECRETARIAT, CoFacilitatorsAppointed.class),
                step(new CirculateZeroDraft(modalities, TEXT,
                                new Deadline(newYork("2017-02-10T18:00"), NEW_YORK), newYork("2017-02-01T12:00")),
                        CO_FACILITATOR, ZeroDraftCirculated.class, InputWindowOpened.class),
                step(new SubmitInput(modalities, DraftLabel.ZERO, MEXICO, null, null,
                                List.of(new Proposal("OP5", ProposalAction.AMEND,
                                        "Decides that the high-level meeting shall include two panels")),
                                newYork("2017-02-08T16:00")),
                        MEXICO_DELEGATE, InputSubmitted.class),
                step(new SubmitInput(modalities, DraftLabel.ZERO, ECUADOR, G77, "The Group supports the zero draft",
                                List.of(new Proposal("OP7", ProposalAction.DELETE, null)),
                                newYork("2017-02-09T11:00")),
                        ECUADOR_DELEGATE, InputSubmitted.class),
                step(new SubmitInput(modalities, DraftLabel.ZERO, Delegation.of("EU"), null, "Comments of the EU",
                                List.of(), newYork("2017-02-10T17:00")),
                        EU_DELEGATE, InputSubmitted.class),
                // dated after the window's deadline: its closing is recorded first, at the deadline
                step(new CirculateRevisedDraft(modalities, "PP1 Recalling its resolution 64/293 ...\n"
                                + "OP1 Decides to convene a high-level meeting, with two panels ...", null,
                                newYork("2017-03-01T12:00")),
                        CO_FACILITATOR, InputWindowClosed.class, RevisedDraftCirculated.class),
                step(new CirculateFinalDraft(modalities, "PP1 ...\nOP1 ... (final)", newYork("2017-03-20T12:00")),
                        OTHER_CO_FACILITATOR, FinalDraftCirculated.class),
                step(new DeclareConsensus(modalities, "Consensus on the draft modalities resolution",
                                newYork("2017-03-24T12:00")),
                        CO_FACILITATOR, ConsensusDeclared.class),
                step(new RecordAdoption(modalities, "A/RES/71/287", LocalDate.of(2017, 4, 28),
                                AdoptionMethod.WITHOUT_A_VOTE, null, "A/71/L.65", newYork("2017-04-28T15:00")),
                        SECRETARIAT, DocumentAdopted.class)));
    }

    @Test
    void thePoliticalDeclarationFromAppointmentToTheFinalDraft() {
        DocumentId declaration = DocumentId.of("gpa-2017-political-declaration");
        Instant silenceDeadline = newYork("2017-08-29T18:00");
        negotiate(List.of(
                step(new RegisterDocument(declaration, "Political declaration on the implementation of the United "
                                + "Nations Global Plan of Action to Combat Trafficking in Persons",
                                DocumentKind.DECLARATION, "General Assembly", "71", "GA resolution 71/287",
                                newYork("2017-05-01T10:00")),
                        SECRETARIAT, DocumentRegistered.class),
                step(new AppointCoFacilitators(declaration, CO_FACILITATORS, "Appointment of co-facilitators",
                                newYork("2017-05-05T10:00")),
                        SECRETARIAT, CoFacilitatorsAppointed.class),
                step(new PublishSupportingDocument(declaration, SupportingDocumentKind.ANNOUNCEMENT,
                                "Announcement: multi-stakeholder hearing", null, newYork("2017-05-10T10:00")),
                        SECRETARIAT, SupportingDocumentPublished.class),
                step(new PublishSupportingDocument(declaration, SupportingDocumentKind.CONCEPT_NOTE,
                                "Concept Note: Informal Interactive Multi-stakeholder Hearing", null,
                                newYork("2017-05-10T11:00")),
                        SECRETARIAT, SupportingDocumentPublished.class),
                step(new RecordMeeting(declaration, MeetingKind.INFORMAL_MEETING,
                                "First informal meeting on Global Plan of Action", LocalDate.of(2017, 5, 22), null,
                                newYork("2017-05-22T15:00")),
                        CO_FACILITATOR, MeetingRecorded.class),
                step(new PublishSupportingDocument(declaration, SupportingDocumentKind.PROGRAMME,
                                "Programme: informal interactive multi-stakeholder hearing", null,
                                newYork("2017-06-01T10:00")),
                        SECRETARIAT, SupportingDocumentPublished.class),
                step(new RecordMeeting(declaration, MeetingKind.MULTI_STAKEHOLDER_HEARING,
                                "Informal interactive multi-stakeholder hearing", LocalDate.of(2017, 6, 23), null,
                                newYork("2017-06-23T18:00")),
                        CO_FACILITATOR, MeetingRecorded.class),
                step(new CirculateZeroDraft(declaration, "PP1 We, Heads of State and Government ...\n"
                                + "OP1 Reaffirm our commitment ...", null, newYork("2017-07-03T12:00")),
                        CO_FACILITATOR, ZeroDraftCirculated.class),
                step(new PublishSupportingDocument(declaration, SupportingDocumentKind.SUMMARY,
                                "Summary of Informal Interactive Multi-stakeholder Hearing", null,
                                newYork("2017-07-10T10:00")),
                        SECRETARIAT, SupportingDocumentPublished.class),
                step(new CirculateRevisedDraft(declaration, "PP1 We, Heads of State and Government ...\n"
                                + "OP1 Reaffirm our strong commitment ...", null, newYork("2017-08-01T12:00")),
                        OTHER_CO_FACILITATOR, RevisedDraftCirculated.class),
                step(new StartSilence(declaration, new Deadline(silenceDeadline, NEW_YORK),
                                newYork("2017-08-25T12:00")),
                        CO_FACILITATOR, SilenceStarted.class),
                // nobody broke silence; the final draft, dated after the deadline, records its passing first
                step(new CirculateFinalDraft(declaration, "PP1 We, Heads of State and Government ...\n"
                                + "OP1 Reaffirm our strong commitment ... (final)", newYork("2017-08-31T12:00")),
                        CO_FACILITATOR, SilenceConcluded.class, FinalDraftCirculated.class)));
    }
}
