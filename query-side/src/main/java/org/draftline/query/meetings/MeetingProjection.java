package org.draftline.query.meetings;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.meeting.AwaitMeeting;
import org.draftline.api.meeting.FindMeeting;
import org.draftline.api.meeting.FindMeetings;
import org.draftline.api.meeting.MeetingEvent;
import org.draftline.api.meeting.MeetingSummary;
import org.draftline.api.meeting.MeetingView;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.AggregateProjection;
import org.draftline.query.progress.ProjectionProgress;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The meetings: each Meeting aggregate's events kept in order, folded into its programme, lists of speakers
 * and statements when read ({@link MeetingFold}). It records its progress per meeting as the groups read model
 * does per group, so a command's answer waits for it ({@link AwaitMeeting}); a replay empties it first.
 */
@Component
@ProcessingGroup(MeetingProjection.NAME)
class MeetingProjection extends AggregateProjection<MeetingEvent> {

    static final String NAME = "meetings";

    private final MeetingTable table;
    private final ProjectionProgress progressRead;

    MeetingProjection(MeetingTable table, ProgressRecorder progress, ProjectionProgress progressRead) {
        super(NAME, progress, MeetingEvent.class);
        this.table = table;
        this.progressRead = progressRead;
    }

    @Override
    protected String aggregate(MeetingEvent event) {
        return event.meetingId().value();
    }

    @Override
    protected void project(MeetingEvent event, Position position) {
        table.insert(event, position.sequence(), position.recordedAt(), position.actor().username());
    }

    @Override
    protected void clear() {
        table.emptyForReplay();
    }

    @QueryHandler
    List<MeetingSummary> handle(FindMeetings query) {
        return table.all().values().stream().map(MeetingFold::fold)
                .sorted(Comparator.comparing(MeetingView::startsOn).thenComparing(view -> view.id().value()))
                .map(MeetingProjection::summary).toList();
    }

    @QueryHandler
    Optional<MeetingView> handle(FindMeeting query) {
        List<MeetingTable.Stored> events = table.of(query.meetingId());
        return events.isEmpty() ? Optional.empty() : Optional.of(MeetingFold.fold(events));
    }

    @QueryHandler
    Boolean handle(AwaitMeeting query) {
        return progressRead.await(NAME, query.meetingId().value(), query.sequence(), query.timeout());
    }

    private static MeetingSummary summary(MeetingView view) {
        return new MeetingSummary(view.id(), view.title(), view.organizedBy(), view.startsOn(), view.endsOn(),
                view.venue(), view.segments().size(), view.speakers().size(), view.statements().size());
    }
}
