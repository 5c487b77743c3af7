package org.draftline.query.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.meeting.FindMeetings;
import org.draftline.api.meeting.MeetingSummary;
import org.draftline.api.meeting.MeetingView;
import org.draftline.query.progress.ReadGate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "The meeting a document's modalities organize: programme, lists of speakers, statements")
class MeetingController {

    private final ReadGate reads;
    private final Duration timeout;

    MeetingController(ReadGate reads, @Value("${draftline.read-your-writes-timeout:2s}") Duration timeout) {
        this.reads = reads;
        this.timeout = timeout;
    }

    @GetMapping
    @Operation(summary = "Every meeting on record, soonest first")
    List<MeetingSummary> meetings() {
        return reads.answerList(new FindMeetings(), MeetingSummary.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting: its programme, lists of speakers in speaking order and statements")
    MeetingView meeting(@PathVariable String id, @RequestParam(required = false) Long minSequence) {
        return MeetingReads.read(reads, id, minSequence, timeout);
    }

    @GetMapping("/{id}/speakers")
    @Operation(summary = "The lists of speakers in speaking order (level of representation, then inscription); "
            + "segment: one segment's list")
    List<MeetingView.Speaker> speakers(@PathVariable String id, @RequestParam(required = false) String segment,
                                       @RequestParam(required = false) Long minSequence) {
        MeetingView meeting = MeetingReads.read(reads, id, minSequence, timeout);
        MeetingReads.requireSegment(meeting, segment);
        return meeting.speakers().stream().filter(speaker -> segment == null || speaker.segment().equals(segment))
                .toList();
    }

    @GetMapping("/{id}/statements")
    @Operation(summary = "The statements made, in the order they ended, with the time used against the limit; "
            + "segment: one segment's")
    List<MeetingView.Statement> statements(@PathVariable String id, @RequestParam(required = false) String segment,
                                           @RequestParam(required = false) Long minSequence) {
        MeetingView meeting = MeetingReads.read(reads, id, minSequence, timeout);
        MeetingReads.requireSegment(meeting, segment);
        return meeting.statements().stream()
                .filter(statement -> segment == null || statement.segment().equals(segment)).toList();
    }
}
