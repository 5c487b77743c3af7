package org.draftline.query.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.FindDocuments;
import org.draftline.query.progress.ReadGate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents", description = "Where each document stands")
class DocumentStatusController {

    private final ReadGate reads;

    DocumentStatusController(ReadGate reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "Every document: stage, current draft, next deadline, co-facilitators")
    List<DocumentStatus> documents() {
        return reads.answerList(new FindDocuments(), DocumentStatus.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One document's status, with its input window, silence procedure and adoption")
    DocumentStatus document(@PathVariable String id, @RequestParam(required = false) Long minSequence) {
        return reads.open(id, minSequence);
    }
}
