package org.draftline.api.meeting;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableTime;

import java.time.Instant;
import java.util.List;

/**
 * One part of a meeting's programme as the secretariat schedules it: its own id within the meeting (a slug
 * such as {@code panel-1}), kind, title, theme, times, chair and panellists.
 */
public record Segment(String id, SegmentKind kind, String title, String theme, Instant startsAt, Instant endsAt,
                      Chair chair, List<Panellist> panellists) {

    /** A segment's id as a client names it: 1 to 40 characters of a-z, 0-9 and '-'. */
    public static String checkedId(String value, String field) {
        String segment = Fields.text(value, field);
        if (!segment.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidValue(field + ": '" + segment + "' is not a segment id: 1 to 40 characters of a-z, 0-9 "
                    + "and '-', such as plenary-1");
        }
        return segment;
    }

    /** A segment as a client gives it, checked field by field. */
    public static Segment of(String id, SegmentKind kind, String title, String theme, Instant startsAt,
                             Instant endsAt, Chair chair, List<Panellist> panellists) {
        String segment = checkedId(id, "id");
        Fields.required(kind, "kind");
        RecordableTime.instant(Fields.required(startsAt, "startsAt"), "startsAt");
        RecordableTime.instant(Fields.required(endsAt, "endsAt"), "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidValue("endsAt: " + endsAt + " is not after startsAt (" + startsAt + ")");
        }
        Chair checkedChair = null;
        if (chair != null) {
            Fields.required(chair.delegation(), "chair.delegation");
            if (!chair.delegation().isState()) {
                throw new InvalidValue("chair.delegation: " + chair.delegation() + " is not a State; a segment is "
                        + "chaired by a State's representative");
            }
            checkedChair = new Chair(chair.delegation(), Fields.text(chair.person(), "chair.person"));
        }
        List<Panellist> checkedPanellists = Fields.each(panellists, "panellists", panellist -> new Panellist(
                Fields.text(panellist.name(), "panellists[].name"),
                Fields.optionalText(panellist.title(), "panellists[].title"),
                Fields.optionalText(panellist.organization(), "panellists[].organization")));
        if (!checkedPanellists.isEmpty() && kind != SegmentKind.PANEL) {
            throw new InvalidValue("panellists: a " + kind + " segment has no panellists; only a PANEL has");
        }
        return new Segment(segment, kind, Fields.text(title, "title"), Fields.optionalText(theme, "theme"),
                startsAt, endsAt, checkedChair, checkedPanellists);
    }
}
