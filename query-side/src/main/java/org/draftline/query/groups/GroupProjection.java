package org.draftline.query.groups;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.AwaitGroup;
import org.draftline.api.group.FindGroup;
import org.draftline.api.group.FindGroups;
import org.draftline.api.group.FindGroupsSpokenFor;
import org.draftline.api.group.GroupEvent.SpokespersonMandated;
import org.draftline.api.group.GroupView;
import org.draftline.api.group.GroupView.MandateView;
import org.draftline.api.group.Mandate;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.AggregateProjection;
import org.draftline.query.progress.ProjectionProgress;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The groups of the reference list with their known members and the mandates on record. Fed by the Group
 * aggregates' events, it records its progress per group as the document read models do per document, so
 * a mandate's answer waits for it ({@link AwaitGroup}); a replay empties it first.
 */
@Component
@ProcessingGroup(GroupProjection.NAME)
class GroupProjection extends AggregateProjection<SpokespersonMandated> {

    static final String NAME = "groups";

    private final GroupTable table;
    private final ProjectionProgress progressRead;
    private final GroupMembers members = GroupMembers.load();

    GroupProjection(GroupTable table, ProgressRecorder progress, ProjectionProgress progressRead) {
        super(NAME, progress, SpokespersonMandated.class);
        this.table = table;
        this.progressRead = progressRead;
    }

    @Override
    protected String aggregate(SpokespersonMandated mandated) {
        return mandated.group().code();
    }

    @Override
    protected void project(SpokespersonMandated mandated, Position position) {
        table.insert(mandated.group(), row(mandated, position), mandated.occurredAt());
    }

    @Override
    protected void clear() {
        table.emptyForReplay();
    }

    static MandateView row(SpokespersonMandated mandated, Position position) {
        return new MandateView(mandated.delegation(), mandated.delegation().name(), mandated.from(), mandated.to(),
                position.sequence(), position.recordedAt(), position.actor().username());
    }

    @QueryHandler
    List<GroupView> handle(FindGroups query) {
        Map<String, List<MandateView>> mandates = table.all();
        return groups().map(group -> view(group, mandates.getOrDefault(group.code(), List.of()))).toList();
    }

    @QueryHandler
    Optional<GroupView> handle(FindGroup query) {
        return Optional.of(query.group()).filter(Delegation::isGroup)
                .map(group -> view(group, table.of(group)));
    }

    @QueryHandler
    List<Delegation> handle(FindGroupsSpokenFor query) {
        Set<String> mandated = Set.copyOf(table.spokenFor(query.delegation(), Mandate.dayOf(query.at())));
        return groups().filter(group -> group.equals(query.delegation()) || mandated.contains(group.code())).toList();
    }

    @QueryHandler
    Boolean handle(AwaitGroup query) {
        return progressRead.await(NAME, query.group().code(), query.sequence(), query.timeout());
    }

    private GroupView view(Delegation group, List<MandateView> mandates) {
        return new GroupView(group, group.name(), members.of(group), mandates);
    }

    private static Stream<Delegation> groups() {
        return Delegation.all().stream().filter(Delegation::isGroup);
    }
}
