package org.draftline.web.demo;

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
