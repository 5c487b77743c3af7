package org.draftline.query.reports;

import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.PlainWords;
import org.draftline.api.ReadableTimes;
import org.draftline.api.meeting.FindMeeting;
import org.draftline.api.meeting.MeetingView;
import org.draftline.api.meeting.MeetingView.Speaker;
import org.draftline.api.meeting.MeetingView.Statement;
import org.draftline.api.meeting.Panellist;
import org.draftline.api.meeting.RenderMeetingReport;
import org.draftline.api.meeting.Segment;
import org.draftline.api.report.RenderedReport;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.platform.web.NotFound;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/** A meeting's reports: its programme, its lists of speakers, its statements against their limits, and per delegation. */
@Component
class MeetingReports {

    private final QueryGateway queries;
    private final ReportRenderer renderer;

    MeetingReports(QueryGateway queries, ReportRenderer renderer) {
        this.queries = queries;
        this.renderer = renderer;
    }

    @QueryHandler
    RenderedReport handle(RenderMeetingReport request) {
        MeetingView meeting = queries.query(new FindMeeting(request.meetingId()), optionalInstanceOf(MeetingView.class))
                .join().orElseThrow(() -> new NotFound(NegotiationRule.UNKNOWN_MEETING.name(), "no meeting '"
                        + request.meetingId().value() + "' is organized"));
        Report report = switch (request.kind()) {
            case PROGRAMME -> programme(meeting, request.generatedAt());
            case SPEAKERS -> speakers(meeting, request.generatedAt());
            case STATEMENTS -> statements(meeting, request.generatedAt());
            case DELEGATIONS -> delegations(meeting, request.generatedAt());
        };
        String fileName = report.kind() + "-" + meeting.id().value() + "." + request.format().extension();
        return new RenderedReport(request.format().mediaType(), fileName, renderer.render(report, request.format()));
    }

    private static List<Report.Field> summary(MeetingView meeting) {
        List<Report.Field> fields = new ArrayList<>();
        fields.add(new Report.Field("Meeting", meeting.id().value()));
        fields.add(new Report.Field("Organized by the modalities of", meeting.organizedBy().value()));
        fields.add(new Report.Field("Days", meeting.startsOn().equals(meeting.endsOn()) ? meeting.startsOn().toString()
                : meeting.startsOn() + " to " + meeting.endsOn()));
        if (meeting.venue() != null) {
            fields.add(new Report.Field("Venue", meeting.venue()));
        }
        fields.add(new Report.Field("Time limits", minutes(meeting.timeLimits().delegation()) + " for a delegation, "
                + minutes(meeting.timeLimits().group()) + " for a group of States"));
        return fields;
    }

    static Report programme(MeetingView meeting, Instant generatedAt) {
        List<List<String>> rows = meeting.segments().stream().map(segment -> List.of(segment.id(),
                PlainWords.enumName(segment.kind()), ReadableTimes.of(segment.startsAt()), ReadableTimes.of(segment.endsAt()),
                segment.title(), text(segment.theme()), chair(segment), panellists(segment))).toList();
        return new Report("programme", "Programme: " + meeting.title(), subtitle(meeting), null, generatedAt, summary(meeting),
                List.of(new Report.Section("Segments", List.of("Segment", "Kind", "Starts", "Ends", "Title", "Theme",
                        "Chair", "Panellists"), rows)));
    }

    static Report speakers(MeetingView meeting, Instant generatedAt) {
        List<Report.Section> sections = new ArrayList<>();
        for (Segment segment : meeting.segments()) {
            if (!segment.kind().hasListOfSpeakers()) {
                continue;
            }
            List<List<String>> rows = meeting.speakers().stream().filter(speaker -> speaker.segment().equals(segment.id()))
                    .map(speaker -> List.of(String.valueOf(speaker.position()), speaker.delegationName(),
                            text(speaker.onBehalfOfName()), speaker.level().label(),
                            String.valueOf(speaker.inscription()), ReadableTimes.of(speaker.inscribedAt()),
                            speaker.spoken() ? "spoke" : "")).toList();
            sections.add(new Report.Section(segment.title() + " (" + segment.id() + ")", List.of("Order", "Delegation",
                    "On behalf of", "Level", "Inscription", "Inscribed", "Spoken"), rows));
        }
        return new Report("speakers", "List of speakers: " + meeting.title(), subtitle(meeting)
                + "; in the Assembly's order: by level of representation, then by order of inscription", null, generatedAt,
                summary(meeting), sections);
    }

    static Report statements(MeetingView meeting, Instant generatedAt) {
        List<List<String>> rows = meeting.statements().stream().map(statement -> List.of(statement.segment(),
                statement.delegationName(), text(statement.onBehalfOfName()), ReadableTimes.of(statement.startedAt()),
                ReadableTimes.of(statement.endedAt()), minutes(statement.used()), minutes(statement.limit()),
                statement.overLimit() ? "over by " + minutes(statement.used().minus(statement.limit())) : ""))
                .toList();
        List<Report.Field> fields = new ArrayList<>(summary(meeting));
        fields.add(new Report.Field("Statements", String.valueOf(meeting.statements().size())));
        fields.add(new Report.Field("Over the limit", String.valueOf(meeting.statements().stream()
                .filter(Statement::overLimit).count())));
        return new Report("statements", "Statements: " + meeting.title(), subtitle(meeting), null, generatedAt, fields,
                List.of(new Report.Section("Statements", List.of("Segment", "Delegation", "On behalf of", "Started",
                        "Ended", "Used", "Limit", "Over the limit"), rows)));
    }

    static Report delegations(MeetingView meeting, Instant generatedAt) {
        Map<String, List<Speaker>> inscribed = new TreeMap<>(meeting.speakers().stream()
                .collect(Collectors.groupingBy(Speaker::delegationName)));
        Map<String, List<Statement>> spoke = meeting.statements().stream()
                .collect(Collectors.groupingBy(Statement::delegationName));
        TreeMap<String, Boolean> names = new TreeMap<>();
        inscribed.keySet().forEach(name -> names.put(name, true));
        spoke.keySet().forEach(name -> names.put(name, true));
        List<List<String>> rows = names.keySet().stream().map(name -> {
            List<Statement> statements = spoke.getOrDefault(name, List.of());
            Duration used = statements.stream().map(Statement::used).reduce(Duration.ZERO, Duration::plus);
            return List.of(name, String.valueOf(inscribed.getOrDefault(name, List.of()).size()),
                    String.valueOf(statements.size()), minutes(used),
                    String.valueOf(statements.stream().filter(Statement::overLimit).count()));
        }).toList();
        return new Report("delegations", "Delegations: " + meeting.title(), subtitle(meeting), null, generatedAt, summary(meeting),
                List.of(new Report.Section("Per delegation", List.of("Delegation", "Inscriptions", "Statements",
                        "Time used", "Over the limit"), rows)));
    }

    private static String subtitle(MeetingView meeting) {
        return "Organized by the modalities of " + meeting.organizedBy().value()
                + (meeting.venue() == null ? "" : ", " + meeting.venue());
    }

    private static String chair(Segment segment) {
        return segment.chair() == null ? "" : segment.chair().person() + " (" + segment.chair().delegation().name() + ")";
    }

    private static String panellists(Segment segment) {
        return segment.panellists().stream().map(MeetingReports::panellist).collect(Collectors.joining("; "));
    }

    private static String panellist(Panellist panellist) {
        return panellist.name() + (panellist.title() == null ? "" : ", " + panellist.title())
                + (panellist.organization() == null ? "" : ", " + panellist.organization());
    }

    /** A duration as minutes and seconds, "3:05". */
    static String minutes(Duration duration) {
        return duration.toMinutes() + ":" + String.format("%02d", duration.toSecondsPart());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
