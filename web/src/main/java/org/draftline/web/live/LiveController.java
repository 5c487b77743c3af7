package org.draftline.web.live;

import org.draftline.api.document.DocumentId;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The stream a document page listens to: one {@code recorded} event, with the sequence, per act. */
@Controller
class LiveController {

    private final LiveUpdates updates;

    LiveController(LiveUpdates updates) {
        this.updates = updates;
    }

    @GetMapping(path = "/documents/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(@PathVariable String id) {
        return updates.watch(DocumentId.of(id));
    }
}
