package org.draftline.query.inputs;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentEvent;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.input.FindInputs;
import org.draftline.api.input.MemberStateInput;
import org.draftline.query.progress.ProgressRecorder;
import org.draftline.query.progress.Projection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Member-state input: comments and paragraph proposals, attributed, in the order received. */
@Component
@ProcessingGroup(InputProjection.NAME)
class InputProjection implements Projection {

    static final String NAME = "inputs";

    private final InputTable table;
    private final ProgressRecorder progress;

    InputProjection(InputTable table, ProgressRecorder progress) {
        this.table = table;
        this.progress = progress;
    }

    @Override
    public String name() {
        return NAME;
    }

    @EventHandler
    void on(DocumentEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, MetaData metaData) {
        if (event instanceof InputSubmitted input) {
            String actor = metaData.containsKey(Actor.USERNAME) ? Actor.fromMetaData(metaData).username() : null;
            table.insert(input.documentId(), new MemberStateInput(sequence, input.onDraft(), input.delegation(),
                    input.onBehalfOf(), input.comments(), input.proposals(), input.occurredAt(), recordedAt, actor));
        }
        progress.advance(NAME, event.documentId(), sequence);
    }

    @ResetHandler
    void reset() {
        table.deleteAll();
        progress.forget(NAME);
    }

    @QueryHandler
    List<MemberStateInput> handle(FindInputs query) {
        return table.find(query);
    }
}
