package org.draftline.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentId;
import org.draftline.api.meeting.Chair;
import org.draftline.api.meeting.ChangeSegment;
import org.draftline.api.meeting.InscribeSpeaker;
import org.draftline.api.meeting.MeetingId;
import org.draftline.api.meeting.OrganizeMeeting;
import org.draftline.api.meeting.Panellist;
import org.draftline.api.meeting.RecordStatement;
import org.draftline.api.meeting.RepresentationLevel;
import org.draftline.api.meeting.ScheduleSegment;
import org.draftline.api.meeting.Segment;
import org.draftline.api.meeting.SegmentKind;
import org.draftline.api.meeting.StatementTimed;
import org.draftline.api.meeting.TimeLimits;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.axon.StoreConflicts;
import org.draftline.platform.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.draftline.command.web.CommandRequests.delegation;
import static org.draftline.platform.web.RequestTimes.date;
import static org.draftline.platform.web.RequestTimes.instant;

/**
 * The commands of a meeting: the secretariat organizes it and keeps its programme, a delegation inscribes on a
 * list of speakers, the secretariat records the statements made. Each answers the meeting's sequence after it.
 */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "The meeting a document's modalities organize: programme, lists of speakers, statements")
class MeetingCommandController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandDispatcher dispatcher;
    private final Acting acting;

    MeetingCommandController(CommandDispatcher dispatcher, Acting acting) {
        this.dispatcher = dispatcher;
        this.acting = acting;
    }

    record Limits(String delegation, String group) {
    }

    record OrganizeRequest(String id, String title, String organizedBy, String startsOn, String endsOn, String venue,
                           Limits timeLimits, String occurredAt) {
    }

    record ChairRequest(String delegation, String person) {
    }

    record SegmentRequest(String id, String kind, String title, String theme, String startsAt, String endsAt,
                          ChairRequest chair, List<Panellist> panellists, String occurredAt) {
    }

    record InscriptionRequest(String segment, String onBehalfOf, String level, String occurredAt,
                              CommandRequests.RecordedFor recordedFor) {
    }

    record StatementRequest(String segment, String delegation, String onBehalfOf, String startedAt, String endedAt) {
    }

    @PostMapping
    @Operation(summary = "Organize a meeting of a document's modalities: title, days, venue, time limits (secretariat)")
    ResponseEntity<?> organize(@RequestBody OrganizeRequest request, Actor signedIn,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        MeetingId id = MeetingId.of(Fields.required(request.id(), "id"));
        Limits limits = Fields.required(request.timeLimits(), "timeLimits");
        OrganizeMeeting command = new OrganizeMeeting(id, request.title(),
                DocumentId.of(Fields.required(request.organizedBy(), "organizedBy")),
                date(request.startsOn(), "startsOn"), date(request.endsOn(), "endsOn"), request.venue(),
                TimeLimits.of(duration(limits.delegation(), "timeLimits.delegation"),
                        duration(limits.group(), "timeLimits.group")),
                instant(request.occurredAt(), "occurredAt"));
        return dispatcher.dispatch(signedIn, key, "/api/meetings", request, HttpStatus.CREATED,
                MeetingCommandResult.class, () -> {
                    try {
                        acting.send(command, signedIn);
                        return new MeetingCommandResult(id.value(), 0);
                    } catch (RuntimeException failure) {
                        if (isDuplicate(failure)) {
                            throw new RuleViolation(NegotiationRule.MEETING_EXISTS, "id: a meeting '" + id.value()
                                    + "' is already organized");
                        }
                        throw failure;
                    }
                });
    }

    @PostMapping("/{id}/segments")
    @Operation(summary = "Add a segment to the programme: kind, title, theme, times, chair, panellists (secretariat)")
    ResponseEntity<?> schedule(@PathVariable String id, @RequestBody SegmentRequest request, Actor signedIn,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        MeetingId meeting = MeetingId.of(id);
        ScheduleSegment command = new ScheduleSegment(meeting, segment(request.id(), request),
                instant(request.occurredAt(), "occurredAt"));
        return act(meeting, "segments", request, signedIn, key, () -> acting.send(command, signedIn));
    }

    @PutMapping("/{id}/segments/{segment}")
    @Operation(summary = "Change a segment of the programme; it then reads as the body in full (secretariat)")
    ResponseEntity<?> change(@PathVariable String id, @PathVariable String segment,
                             @RequestBody SegmentRequest request, Actor signedIn,
                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        MeetingId meeting = MeetingId.of(id);
        if (request.id() != null && !request.id().equals(segment)) {
            throw new InvalidValue("id: '" + request.id() + "' is not the segment of the path ('" + segment + "')");
        }
        ChangeSegment command = new ChangeSegment(meeting, segment(segment, request),
                instant(request.occurredAt(), "occurredAt"));
        return act(meeting, "segments/" + segment, request, signedIn, key, () -> acting.send(command, signedIn));
    }

    @PostMapping("/{id}/speakers")
    @Operation(summary = "Inscribe the caller's delegation on a segment's list of speakers, for itself or a group it "
            + "is mandated for, with its level of representation")
    ResponseEntity<?> inscribe(@PathVariable String id, @RequestBody InscriptionRequest request, Actor signedIn,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Actor actor = CommandRequests.acting(signedIn, request.recordedFor());
        MeetingId meeting = MeetingId.of(id);
        InscribeSpeaker command = new InscribeSpeaker(meeting, request.segment(),
                delegation(request.onBehalfOf(), "onBehalfOf"),
                named(RepresentationLevel.class, request.level(), "level"), instant(request.occurredAt(), "occurredAt"));
        return act(meeting, "speakers", request, signedIn, key, () -> acting.send(command, actor));
    }

    @PostMapping("/{id}/statements")
    @Operation(summary = "Record a statement as made: who spoke, for whom, start and end; answers whether it ran over "
            + "its time limit (secretariat)")
    ResponseEntity<?> recordStatement(@PathVariable String id, @RequestBody StatementRequest request, Actor signedIn,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        MeetingId meeting = MeetingId.of(id);
        RecordStatement command = new RecordStatement(meeting, request.segment(),
                delegation(Fields.required(request.delegation(), "delegation"), "delegation"),
                delegation(request.onBehalfOf(), "onBehalfOf"), instant(request.startedAt(), "startedAt"),
                instant(request.endedAt(), "endedAt"));
        return dispatcher.dispatch(signedIn, key, "/api/meetings/" + meeting.value() + "/statements", request,
                HttpStatus.OK, MeetingCommandResult.class, () -> {
                    StatementTimed timed = known(meeting, () -> acting.send(command, signedIn, StatementTimed.class));
                    return new MeetingCommandResult(meeting.value(), timed.sequence(), timed.used(), timed.limit(),
                            timed.overLimit());
                });
    }

    private ResponseEntity<?> act(MeetingId meeting, String action, Object request, Actor actor, String key,
                                  Supplier<Long> send) {
        return dispatcher.dispatch(actor, key, "/api/meetings/" + meeting.value() + "/" + action, request,
                HttpStatus.OK, MeetingCommandResult.class,
                () -> new MeetingCommandResult(meeting.value(), known(meeting, send)));
    }

    /** What {@code send} answers; a meeting never organized is 404 {@code UNKNOWN_MEETING}. */
    private static <T> T known(MeetingId meeting, Supplier<T> send) {
        try {
            return send.get();
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof AggregateNotFoundException) {
                    throw new NotFound(NegotiationRule.UNKNOWN_MEETING.name(), "no meeting '" + meeting.value()
                            + "' is organized; GET /api/meetings lists the meetings");
                }
            }
            throw failure;
        }
    }

    private static Segment segment(String id, SegmentRequest request) {
        ChairRequest chair = request.chair();
        return Segment.of(id, named(SegmentKind.class, request.kind(), "kind"), request.title(), request.theme(),
                instant(request.startsAt(), "startsAt"), instant(request.endsAt(), "endsAt"),
                chair == null || (chair.delegation() == null && chair.person() == null) ? null
                        : new Chair(delegation(Fields.required(chair.delegation(), "chair.delegation"),
                        "chair.delegation"), chair.person()),
                request.panellists());
    }

    private static Duration duration(String value, String field) {
        try {
            return Duration.parse(Fields.required(value, field));
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field + ": '" + value + "' is not an ISO-8601 duration such as PT3M");
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String field) {
        String name = Fields.required(value, field).toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValue(field + ": '" + value + "' is not one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    /** The unique (aggregate, sequence) index refused a second meeting of the same id. */
    private static boolean isDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.axonframework.modelling.command.AggregateStreamCreationException
                    || StoreConflicts.isUniqueViolation(cause)) {
                return true;
            }
        }
        return false;
    }
}
