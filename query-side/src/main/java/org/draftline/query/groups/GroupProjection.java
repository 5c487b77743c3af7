package org.draftline.query.groups;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
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
import org.draftline.query.progress.Projection.Position;
import org.draftline.query.progress.ProjectionProgress;
import org.draftline.query.progress.ReadModel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The groups of the reference list with their known members and the mandates on record. Fed by the Group
 * aggregates' events, it records its progress per group as the document read models do per document, so
 * a mandate's answer waits for it ({@link AwaitGroup}); a replay empties it first. Like the document read
 * models ({@link org.draftline.query.progress.Projection}) it is Axon's {@link EventMessageHandler} itself,
 * registered in its group by {@code ProjectionProcessing}.
 */
@Component
@ProcessingGroup(GroupProjection.NAME)
class GroupProjection implements ReadModel, EventMessageHandler {

    static final String NAME = "groups";

    private final GroupTable table;
    private final ProgressRecorder progress;
    private final ProjectionProgress progressRead;
    private final GroupMembers members = GroupMembers.load();

    GroupProjection(GroupTable table, ProgressRecorder progress, ProjectionProgress progressRead) {
        this.table = table;
        this.progress = progress;
        this.progressRead = progressRead;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canHandle(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> && canHandleType(event.getPayloadType());
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return SpokespersonMandated.class.isAssignableFrom(payloadType);
    }

    @Override
    public Object handle(EventMessage<?> message) {
        SpokespersonMandated mandated = (SpokespersonMandated) message.getPayload();
        long sequence = ((DomainEventMessage<?>) message).getSequenceNumber();
        Position position = new Position(sequence, message.getTimestamp(), message.getMetaData());
        progress.apply(() -> table.insert(mandated.group(), row(mandated, position), mandated.occurredAt()));
        progress.advance(NAME, mandated.group().code(), sequence);
        return null;
    }

    @Override
    public void prepareReset() {
        table.deleteAll();
        progress.forget(NAME);
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
