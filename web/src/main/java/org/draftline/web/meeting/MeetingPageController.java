package org.draftline.web.meeting;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.meeting.AwaitMeeting;
import org.draftline.api.meeting.Chair;
import org.draftline.api.meeting.ChangeSegment;
import org.draftline.api.meeting.FindMeeting;
import org.draftline.api.meeting.InscribeSpeaker;
import org.draftline.api.meeting.MeetingId;
import org.draftline.api.meeting.MeetingReportKind;
import org.draftline.api.meeting.MeetingView;
import org.draftline.api.meeting.Panellist;
import org.draftline.api.meeting.RecordStatement;
import org.draftline.api.meeting.RenderMeetingReport;
import org.draftline.api.meeting.RepresentationLevel;
import org.draftline.api.meeting.ScheduleSegment;
import org.draftline.api.meeting.Segment;
import org.draftline.api.meeting.SegmentKind;
import org.draftline.api.meeting.StatementTimed;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.report.ReportFormat;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.platform.web.Downloads;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.security.SignedIn;
import org.draftline.platform.web.NotFound;
import org.draftline.web.Forms;
import org.draftline.web.Problem;
import org.draftline.web.Reading;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.draftline.platform.web.RequestTimes.instant;

/**
 * The meetings' pages: the list of meetings, a meeting's programme with its live lists of speakers, a
 * delegation's inscription form, and the secretariat's forms to record a statement and to add or change a
 * segment. Each form sends the command the API would, as the signed-in account; the meeting's rules decide.
 */
@Controller
class MeetingPageController {

    private final QueryGateway queries;
    private final Acting acting;
    private final Reading reading;
    private final Clock clock;

    MeetingPageController(QueryGateway queries, Acting acting, Reading reading, Clock clock) {
        this.queries = queries;
        this.acting = acting;
        this.reading = reading;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String meetings(Model model) {
        model.addAttribute("meetings", reading.meetings());
        return "meetings";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Authentication authentication, Model model) {
        MeetingView meeting = find(id);
        List<Segment> listed = listed(meeting);
        Actor actor = authentication == null ? null : SignedIn.actor(authentication).orElse(null);
        boolean secretariat = actor != null && actor.is(Role.SECRETARIAT);
        model.addAttribute("meeting", meeting);
        model.addAttribute("listed", listed);
        // the forms the rules could accept from this account; the aggregate still judges each act
        model.addAttribute("canInscribe", actor != null && actor.delegation() != null && !listed.isEmpty());
        model.addAttribute("canRecord", secretariat && !listed.isEmpty());
        model.addAttribute("canSchedule", secretariat);
        model.addAttribute("levels", Arrays.asList(RepresentationLevel.values()));
        model.addAttribute("segmentKinds", Arrays.asList(SegmentKind.values()));
        model.addAttribute("groupsOfActor", groupsOf(authentication));
        return "meeting";
    }

    /** The lists of speakers alone, which the meeting's page asks for again every few seconds. */
    @GetMapping("/meetings/{id}/speakers")
    String speakers(@PathVariable String id, Model model) {
        MeetingView meeting = find(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("listed", listed(meeting));
        return "meeting :: speakers";
    }

    /** The segments with a list of speakers, in the programme's order. */
    private static List<Segment> listed(MeetingView meeting) {
        return meeting.segments().stream().filter(segment -> segment.kind().hasListOfSpeakers()).toList();
    }

    @GetMapping("/meetings/{id}/reports/{kind}")
    ResponseEntity<byte[]> report(@PathVariable String id, @PathVariable String kind,
                                  @RequestParam(defaultValue = "html") String format) {
        MeetingReportKind report = MeetingReportKind.fromUrl(kind).orElseThrow(() -> new NotFound("UNKNOWN_REPORT",
                "no report '" + kind + "'; a meeting's reports are programme, speakers, statements and delegations"));
        find(id);
        return Downloads.of(queries.query(new RenderMeetingReport(MeetingId.of(id), report, ReportFormat.of(format),
                clock.instant().truncatedTo(ChronoUnit.SECONDS)), RenderedReport.class).join());
    }

    @PostMapping("/meetings/{id}/speakers")
    String inscribe(@PathVariable String id, @RequestParam(required = false) String segment,
                    @RequestParam(required = false) String level, @RequestParam(required = false) String onBehalfOf,
                    Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        MeetingId meeting = meetingId(id);
        return act("inscription", meeting, "Inscribed on the list of speakers.", authentication, request, redirect,
                actor -> acting.send(new InscribeSpeaker(meeting, segment, group(onBehalfOf),
                        Forms.choice(RepresentationLevel.class, level, "level"), null), actor));
    }

    @PostMapping("/meetings/{id}/statements")
    String recordStatement(@PathVariable String id, @RequestParam(required = false) String segment,
                           @RequestParam(required = false) String delegation,
                           @RequestParam(required = false) String onBehalfOf,
                           @RequestParam(required = false) String startedAt,
                           @RequestParam(required = false) String startedAtZone,
                           @RequestParam(required = false) String endedAt,
                           @RequestParam(required = false) String endedAtZone, Authentication authentication,
                           HttpServletRequest request, RedirectAttributes redirect) {
        MeetingId meeting = meetingId(id);
        return act("statement", meeting, "Statement recorded.", authentication, request, redirect, actor -> {
            StatementTimed timed = acting.send(new RecordStatement(meeting, segment,
                    delegationOf(delegation, "delegation"), group(onBehalfOf),
                    instant(Forms.zoned(startedAt, startedAtZone), "startedAt"),
                    instant(Forms.zoned(endedAt, endedAtZone), "endedAt")), actor, StatementTimed.class);
            return timed.sequence();
        });
    }

    @PostMapping("/meetings/{id}/segments")
    String scheduleSegment(@PathVariable String id, @RequestParam(required = false) String segment,
                           @RequestParam(required = false) String kind, @RequestParam(required = false) String title,
                           @RequestParam(required = false) String theme,
                           @RequestParam(required = false) String startsAt,
                           @RequestParam(required = false) String startsAtZone,
                           @RequestParam(required = false) String endsAt,
                           @RequestParam(required = false) String endsAtZone,
                           @RequestParam(required = false) String chairDelegation,
                           @RequestParam(required = false) String chairPerson,
                           @RequestParam(required = false) String panellists, Authentication authentication,
                           HttpServletRequest request, RedirectAttributes redirect) {
        MeetingId meeting = meetingId(id);
        return act("segment", meeting, "Programme updated.", authentication, request, redirect, actor -> {
            Segment scheduled = Segment.of(segment, Forms.choice(SegmentKind.class, kind, "kind"), title, theme,
                    instant(Forms.zoned(startsAt, startsAtZone), "startsAt"),
                    instant(Forms.zoned(endsAt, endsAtZone), "endsAt"),
                    chairDelegation == null || chairDelegation.isBlank() ? null
                            : new Chair(delegationOf(chairDelegation, "chair.delegation"), chairPerson),
                    panellists(panellists));
            boolean known = find(id).segment(scheduled.id()).isPresent();
            return acting.send(known ? new ChangeSegment(meeting, scheduled, null)
                    : new ScheduleSegment(meeting, scheduled, null), actor);
        });
    }

    private interface Command {
        long send(Actor actor);
    }

    private String act(String form, MeetingId meeting, String notice, Authentication authentication,
                       HttpServletRequest request, RedirectAttributes redirect, Command command) {
        Actor actor = Forms.actor(authentication);
        Acting.Outcome outcome = acting.attempt(() -> command.send(actor),
                (sequence, timeout) -> new AwaitMeeting(meeting, sequence, timeout));
        String page = "/meetings/" + meeting.value();
        return outcome.succeeded() ? Forms.done(notice, page, outcome.sequence(), redirect)
                : Forms.refused(Problem.of(form, outcome.refusal()), request, page, redirect);
    }

    /** Panellists typed one a line, "name; title; organization". */
    static List<Panellist> panellists(String lines) {
        List<Panellist> panellists = new ArrayList<>();
        if (lines == null) {
            return panellists;
        }
        for (String line : Forms.lineBreaks(lines).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 3);
            panellists.add(new Panellist(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                    parts.length > 2 ? parts[2].strip() : null));
        }
        return panellists;
    }

    private MeetingView find(String id) {
        return queries.query(new FindMeeting(meetingId(id)), ResponseTypes.optionalInstanceOf(MeetingView.class))
                .join().orElseThrow(() -> unknown(id));
    }

    private static MeetingId meetingId(String id) {
        try {
            return MeetingId.of(id);
        } catch (InvalidValue notASlug) {
            throw unknown(id);
        }
    }

    private static NotFound unknown(String id) {
        return new NotFound(NegotiationRule.UNKNOWN_MEETING.name(), "no meeting '" + id + "' is organized");
    }

    private List<Delegation> groupsOf(Authentication authentication) {
        Actor actor = authentication == null ? null : SignedIn.actor(authentication).orElse(null);
        return actor == null || actor.delegation() == null ? List.of()
                : reading.groupsSpokenFor(actor.delegation(), clock.instant()).stream()
                .filter(group -> !group.equals(actor.delegation())).toList();
    }

    private static Delegation group(String code) {
        return code == null || code.isBlank() ? null : delegationOf(code, "onBehalfOf");
    }

    private static Delegation delegationOf(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidValue(field + ": required");
        }
        if (!Delegation.isKnown(code.strip())) {
            throw new InvalidValue(field + ": unknown delegation '" + code + "'");
        }
        return Delegation.of(code.strip());
    }
}
