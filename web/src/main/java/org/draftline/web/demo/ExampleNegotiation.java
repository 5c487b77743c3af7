package org.draftline.web.demo;

import org.draftline.api.meeting.AwaitMeeting;
import org.draftline.api.meeting.Chair;
import org.draftline.api.meeting.MeetingId;
import org.draftline.api.meeting.OrganizeMeeting;
import org.draftline.api.meeting.Panellist;
import org.draftline.api.meeting.ScheduleSegment;
import org.draftline.api.meeting.Segment;
import org.draftline.api.meeting.SegmentKind;
import org.draftline.api.meeting.TimeLimits;

import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.draft.CirculateRevisedDraft;
import org.draftline.api.draft.CirculateZeroDraft;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.group.Mandate;
import org.draftline.api.group.MandateSpokesperson;
import org.draftline.api.meeting.MeetingKind;
import org.draftline.api.meeting.PublishSupportingDocument;
import org.draftline.api.meeting.RecordMeeting;
import org.draftline.api.meeting.SupportingDocumentKind;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.api.silence.StartSilence;
import org.draftline.platform.acting.Acting;
import org.draftline.web.Reading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * With the demo profile, a first visit finds a negotiation under way: an example of our own wording,
 * recorded once (only when absent) through the command gateway as the demo accounts would, dated in the
 * past, with its silence procedure running until a few days from now.
 */
@Component
class ExampleNegotiation implements ApplicationRunner {

    static final DocumentId EXAMPLE = DocumentId.of("example-ocean-data-declaration");
    static final DocumentId SECOND_EXAMPLE = DocumentId.of("example-rural-connectivity-resolution");
    static final DocumentId MODALITIES_EXAMPLE = DocumentId.of("example-gpa-2017-modalities");
    static final MeetingId MEETING_EXAMPLE = MeetingId.of("gpa-2017-high-level-meeting");

    private static final Logger log = LoggerFactory.getLogger(ExampleNegotiation.class);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final Actor SECRETARIAT = Actor.secretariat("secretariat");
    /* The example's past acts are history: the secretariat records them for the delegations that acted. */
    private static final Actor BELGIUM = Actor.delegate("belgium", Delegation.of("BEL")).recordedBy("secretariat");
    private static final Actor QATAR = Actor.delegate("qatar", Delegation.of("QAT")).recordedBy("secretariat");
    private static final Actor MEXICO = Actor.delegate("mexico", Delegation.of("MEX")).recordedBy("secretariat");
    private static final Actor ECUADOR = Actor.delegate("ecuador", Delegation.of("ECU")).recordedBy("secretariat");
    private static final Actor EU = Actor.delegate("eu", Delegation.of("EU")).recordedBy("secretariat");

    static final String ZERO_DRAFT = """
            # Example: Political declaration on shared ocean data for sustainable development

            We, the Heads of State and Government and representatives of States, assembled at United Nations Headquarters in New York,

            *Recognizing* that the ocean sustains life on Earth and the livelihoods of billions of people,

            *Concerned* that gaps in ocean observation leave coastal communities without timely warning of hazards,

            1. Commit to share ocean observation data openly, in a timely manner and free of charge;

            2. Encourage Member States to strengthen national capacities for ocean observation;

            3. Invite the scientific community to develop common standards for ocean data;

            4. Request the Secretary-General to report on the implementation of the present declaration.
            """;

    static final String REVISED_DRAFT = """
            # Example: Political declaration on shared ocean data for sustainable development

            We, the Heads of State and Government and representatives of States, assembled at United Nations Headquarters in New York,

            *Recognizing* that the ocean sustains life on Earth and the livelihoods of billions of people,

            *Concerned* that gaps in ocean observation leave coastal communities, in particular in small island developing States, without timely warning of hazards,

            1. Commit to share ocean observation data openly, in a timely manner and free of charge, with due regard to national jurisdiction;

            2. Encourage Member States to strengthen national capacities for ocean observation, including through technology transfer on mutually agreed terms;

            3. Invite the scientific community to develop common standards for ocean data;

            4. Decide to convene a high-level event on ocean data at the eighty-second session;

            5. Request the Secretary-General to report on the implementation of the present declaration.
            """;

    private final Environment environment;
    private final Acting acting;
    private final Reading reading;
    private final Clock clock;

    ExampleNegotiation(Environment environment, Acting acting, Reading reading, Clock clock) {
        this.environment = environment;
        this.acting = acting;
        this.reading = reading;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!environment.matchesProfiles("demo")) {
            return;
        }
        try {
            if (reading.findDocument(EXAMPLE).isEmpty()) {
                recordExample(clock.instant().truncatedTo(ChronoUnit.MINUTES));
                log.info("Demo profile: recorded the example negotiation '{}'", EXAMPLE);
            }
            if (reading.findDocument(SECOND_EXAMPLE).isEmpty()) {
                recordSecondExample(clock.instant().truncatedTo(ChronoUnit.MINUTES));
            }
            if (reading.meetings().stream().noneMatch(meeting -> meeting.id().equals(MEETING_EXAMPLE))) {
                recordMeetingExample();
                log.info("Demo profile: recorded the 2017 high-level meeting '{}'", MEETING_EXAMPLE.value());
            }
        } catch (RuntimeException failure) {
            log.warn("Demo profile: could not record the example negotiation", failure);
        }
    }

    private void recordExample(Instant now) {
        Instant start = now.minus(Duration.ofDays(40));
        act(SECRETARIAT, new RegisterDocument(EXAMPLE,
                "Example: Political declaration on shared ocean data for sustainable development",
                DocumentKind.DECLARATION, "General Assembly", "81", "Example mandate: GA resolution 80/999",
                start));
        act(SECRETARIAT, new AppointCoFacilitators(EXAMPLE, List.of(
                new CoFacilitator(Delegation.of("BEL"), "Example Representative of Belgium"),
                new CoFacilitator(Delegation.of("QAT"), "Example Representative of Qatar")),
                "Letter of the President of the General Assembly (example)", start.plus(Duration.ofDays(2))));
        act(SECRETARIAT, new PublishSupportingDocument(EXAMPLE, SupportingDocumentKind.CONCEPT_NOTE,
                "Concept note for the consultations (example)", null, start.plus(Duration.ofDays(3))));
        act(BELGIUM, new RecordMeeting(EXAMPLE, MeetingKind.INFORMAL_MEETING, "First informal meeting",
                day(start.plus(Duration.ofDays(6))), "Delegations set out their expectations.",
                start.plus(Duration.ofDays(6))));
        Instant zeroDraft = start.plus(Duration.ofDays(10));
        act(BELGIUM, new CirculateZeroDraft(EXAMPLE, ZERO_DRAFT,
                newYorkEvening(zeroDraft.plus(Duration.ofDays(10))), zeroDraft));
        act(MEXICO, new SubmitInput(EXAMPLE, org.draftline.api.draft.DraftLabel.ZERO, Delegation.of("MEX"), null,
                "Mexico welcomes the zero draft and proposes to respect national jurisdiction.",
                List.of(new Proposal("OP1", ProposalAction.AMEND, "Commit to share ocean observation data openly, in "
                        + "a timely manner and free of charge, with due regard to national jurisdiction;")),
                zeroDraft.plus(Duration.ofDays(3))));
        mandate(Delegation.of("G77"), Delegation.of("ECU"), yearOf(start).atDay(1),
                yearOf(now).atMonth(12).atEndOfMonth());
        act(ECUADOR, new SubmitInput(EXAMPLE, org.draftline.api.draft.DraftLabel.ZERO, Delegation.of("ECU"),
                Delegation.of("G77"), "On behalf of the Group of 77 and China.",
                List.of(new Proposal("OP2", ProposalAction.AMEND, "Encourage Member States to strengthen national "
                                + "capacities for ocean observation, including through technology transfer on "
                                + "mutually agreed terms;"),
                        new Proposal("PP2", ProposalAction.AMEND, "*Concerned* that gaps in ocean observation leave "
                                + "coastal communities, in particular in small island developing States, without "
                                + "timely warning of hazards,")),
                zeroDraft.plus(Duration.ofDays(5))));
        act(EU, new SubmitInput(EXAMPLE, org.draftline.api.draft.DraftLabel.ZERO, Delegation.of("EU"), null,
                "The European Union proposes a follow-up event.",
                List.of(new Proposal("OP3", ProposalAction.INSERT_AFTER, "Decide to convene a high-level event on "
                        + "ocean data at the eighty-second session;")),
                zeroDraft.plus(Duration.ofDays(6))));
        act(QATAR, new RecordMeeting(EXAMPLE, MeetingKind.READING, "First reading of the zero draft",
                day(zeroDraft.plus(Duration.ofDays(8))), null, zeroDraft.plus(Duration.ofDays(8))));
        Instant revision = zeroDraft.plus(Duration.ofDays(20));
        act(QATAR, new CirculateRevisedDraft(EXAMPLE, REVISED_DRAFT, null, revision));
        reading.await(EXAMPLE, act(BELGIUM, new StartSilence(EXAMPLE, newYorkEvening(now.plus(Duration.ofDays(4))),
                now.minus(Duration.ofDays(1)))));
    }

    private void recordSecondExample(Instant now) {
        Instant start = now.minus(Duration.ofDays(12));
        act(SECRETARIAT, new RegisterDocument(SECOND_EXAMPLE, "Example: Resolution on rural connectivity",
                DocumentKind.RESOLUTION, "Economic and Social Council", "2026", null, start));
        reading.await(SECOND_EXAMPLE, act(SECRETARIAT, new AppointCoFacilitators(SECOND_EXAMPLE, List.of(
                new CoFacilitator(Delegation.of("MEX"), null), new CoFacilitator(Delegation.of("BEL"), null)),
                null, start.plus(Duration.ofDays(1)))));
    }

    /**
     * The meeting the page in {@code ../shared/seed/} announces, from its public programme: the high-level
     * meeting of 27 and 28 September 2017 on the appraisal of the Global Plan of Action to Combat Trafficking
     * in Persons, organized by an example modalities resolution (the real one is GA resolution 71/287). Its
     * lists of speakers are not on that page, so they stay empty for a visitor to try.
     */
    private void recordMeetingExample() {
        if (reading.findDocument(MODALITIES_EXAMPLE).isEmpty()) {
            act(SECRETARIAT, new RegisterDocument(MODALITIES_EXAMPLE, "Example: Modalities, format and organization "
                    + "of the high-level meeting on the appraisal of the Global Plan of Action to Combat Trafficking in "
                    + "Persons", DocumentKind.RESOLUTION, "General Assembly", "71", "GA resolution 64/293",
                    Instant.parse("2017-03-01T14:00:00Z")));
            reading.await(MODALITIES_EXAMPLE, act(SECRETARIAT, new AppointCoFacilitators(MODALITIES_EXAMPLE, List.of(
                    new CoFacilitator(Delegation.of("BEL"), null), new CoFacilitator(Delegation.of("QAT"), null)),
                    null, Instant.parse("2017-03-06T14:00:00Z"))));
        }
        Instant published = Instant.parse("2017-09-15T14:00:00Z");
        act(SECRETARIAT, new OrganizeMeeting(MEETING_EXAMPLE, "High-level meeting of the General Assembly on the "
                + "appraisal of the United Nations Global Plan of Action to Combat Trafficking in Persons",
                MODALITIES_EXAMPLE, LocalDate.of(2017, 9, 27), LocalDate.of(2017, 9, 28),
                "General Assembly Hall, United Nations Headquarters, New York",
                TimeLimits.of(Duration.ofMinutes(3), Duration.ofMinutes(5)), published));
        String plenaryTitle = "Plenary meeting with statements by Member States and all observers of the General "
                + "Assembly";
        List<Segment> programme = List.of(
                segment("opening", SegmentKind.OPENING, "Opening plenary meeting", "Statements by the President of "
                        + "the General Assembly, the Secretary-General, the Executive Director of UNODC, the UNODC "
                        + "Goodwill Ambassador and a civil society representative and victim of human trafficking",
                        27, 10, 0, 11, 0, null, List.of()),
                segment("plenary-1", SegmentKind.PLENARY, plenaryTitle, null, 27, 11, 0, 13, 0, null, List.of()),
                segment("panel-1", SegmentKind.PANEL, "Interactive panel discussion 1", "The Global Plan of Action "
                        + "and effective partnerships for the prevention and prosecution of trafficking in persons: "
                        + "achievements, gaps and challenges, also taking into consideration the implementation of "
                        + "the Sustainable Development Goals", 27, 15, 0, 16, 30,
                        new Chair(Delegation.of("BEL"), "H.E. Mr. Marc Pecsteen de Buytswerve"), List.of(
                                new Panellist("Dr. Purna Sen", "Director of Policy", "UN Women"),
                                new Panellist("Mr. Moussa Oumarou", "Director of the Governance and Tripartism "
                                        + "Department", "International Labour Organization"),
                                new Panellist("Ms. Rani Hong", "CEO", "The Tronie Foundation"))),
                segment("panel-2", SegmentKind.PANEL, "Interactive panel discussion 2", "The Global Plan of Action "
                        + "and effective partnerships for the protection of and assistance to victims, including "
                        + "through the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, "
                        + "Especially Women and Children, also taking into consideration the implementation of the "
                        + "Sustainable Development Goals", 27, 16, 30, 18, 0,
                        new Chair(Delegation.of("QAT"), "H.E. Ms. Alya Ahmed Saif Al-Thani"), List.of(
                                new Panellist("Ms. Benita Ferrero-Waldner", "Chair", "UN Voluntary Trust Fund for "
                                        + "Victims of Trafficking in Persons"),
                                new Panellist("Mr. Andrew Gilmour", "Assistant Secretary-General for Human Rights, "
                                        + "Head of the Office of the High Commissioner for Human Rights in New York",
                                        "OHCHR"),
                                new Panellist("Ms. Joy Ezeilo", "Executive Director", "Women Aid Collective"))),
                segment("plenary-2", SegmentKind.PLENARY, plenaryTitle, null, 28, 10, 0, 13, 0, null, List.of()),
                segment("plenary-3", SegmentKind.PLENARY, plenaryTitle, "Until the list of speakers has been "
                        + "exhausted", 28, 15, 0, 18, 0, null, List.of()),
                segment("closing", SegmentKind.CLOSING, "Closing plenary meeting", "The Chairs of the interactive "
                        + "panel discussions present summaries of the discussions, followed by final remarks by the "
                        + "President of the General Assembly", 28, 18, 0, 19, 0, null, List.of()));
        long sequence = 0;
        for (Segment segment : programme) {
            sequence = act(SECRETARIAT, new ScheduleSegment(MEETING_EXAMPLE, segment, published));
        }
        long last = sequence;
        acting.awaitReadModels(timeout -> new AwaitMeeting(MEETING_EXAMPLE, last, timeout));
    }

    /** A segment of the 2017 programme, its times in New York on a day of September 2017. */
    private static Segment segment(String id, SegmentKind kind, String title, String theme, int day, int startHour,
                                   int startMinute, int endHour, int endMinute, Chair chair,
                                   List<Panellist> panellists) {
        LocalDate date = LocalDate.of(2017, 9, day);
        return Segment.of(id, kind, title, theme,
                date.atTime(startHour, startMinute).atZone(NEW_YORK).toInstant(),
                date.atTime(endHour, endMinute).atZone(NEW_YORK).toInstant(), chair, panellists);
    }

    /**
     * Records that {@code delegation} chairs {@code group}, as the example's statements on the group's behalf
     * need; a database that already holds this mandate keeps it as it stands.
     */
    private void mandate(Delegation group, Delegation delegation, LocalDate from, LocalDate to) {
        try {
            act(SECRETARIAT, new MandateSpokesperson(group, delegation, from, to));
        } catch (RuntimeException failure) {
            boolean alreadyRecorded = RuleViolation.in(failure)
                    .map(violation -> violation.rule() == NegotiationRule.MANDATE_ALREADY_RECORDED).orElse(false);
            if (!alreadyRecorded) {
                throw failure;
            }
        }
    }

    /** The year of an instant, as mandates count days ({@link Mandate#ZONE}). */
    private static Year yearOf(Instant instant) {
        return Year.from(Mandate.dayOf(instant));
    }

    private long act(Actor actor, Object command) {
        return acting.send(command, actor);
    }

    private static Deadline newYorkEvening(Instant day) {
        return Deadline.of(ZonedDateTime.ofInstant(day, NEW_YORK).with(LocalTime.of(18, 0)));
    }

    private static java.time.LocalDate day(Instant instant) {
        return instant.atZone(NEW_YORK).toLocalDate();
    }
}
