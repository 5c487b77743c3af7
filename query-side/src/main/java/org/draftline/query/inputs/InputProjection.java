package org.draftline.query.inputs;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.input.FindInputs;
import org.draftline.api.input.MemberStateInput;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.Projection;
import org.draftline.query.status.MembersOnly;
import org.springframework.stereotype.Component;

import java.util.List;

/** Member-state input: comments and paragraph proposals, attributed, in the order received. */
@Component
@ProcessingGroup(InputProjection.NAME)
class InputProjection extends Projection {

    static final String NAME = "inputs";

    private final InputTable table;
    private final MembersOnly membersOnly;

    InputProjection(InputTable table, ProgressRecorder progress, MembersOnly membersOnly) {
        super(NAME, progress);
        this.table = table;
        this.membersOnly = membersOnly;
    }

    @Override
    protected void project(DocumentEvent event, Position position) {
        if (event instanceof InputSubmitted input) {
            table.insert(input.documentId(), row(input, position));
        }
    }

    /** The row kept for an input: the one mapping the projection and its check share. */
    static MemberStateInput row(InputSubmitted input, Position position) {
        return new MemberStateInput(position.sequence(), input.onDraft(), input.delegation(), input.onBehalfOf(),
                input.comments(), input.proposals(), input.occurredAt(), position.recordedAt(),
                position.actor().username());
    }

    @Override
    protected void clear() {
        table.emptyForReplay();
    }

    @QueryHandler
    List<MemberStateInput> handle(FindInputs query, MetaData reader) {
        membersOnly.require(query.documentId(), reader, "its member-state input");
        return table.find(query);
    }
}
