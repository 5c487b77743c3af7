package org.draftline.query.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.DocumentSummary;
import org.draftline.api.status.DocumentCursor;
import org.draftline.api.status.DocumentPage;
import org.draftline.api.status.FindDocumentPage;
import org.draftline.query.progress.ReadGate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Collections;
import java.util.List;

@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents", description = "Where each document stands")
class DocumentStatusController {

    private final ReadGate reads;

    DocumentStatusController(ReadGate reads) {
        this.reads = reads;
    }

    /**
     * A page of the list, most recently registered first, then by id; when more rows follow, an RFC 8288
     * {@code Link: <...>; rel="next"} names the next page by the keyset cursor of this page's last row. Each
     * row is the compact {@link DocumentSummary}; the document's own address gives its whole status.
     */
    @GetMapping
    @Operation(summary = "Every document, paged: stage, current draft, next deadline, co-facilitators")
    ResponseEntity<List<DocumentSummary>> documents(
            @RequestParam(defaultValue = "" + FindDocumentPage.DEFAULT_SIZE) int size,
            @RequestParam(required = false) String after, @RequestParam(required = false) String title) {
        FindDocumentPage query = new FindDocumentPage(size, DocumentCursor.parse(after), null, null, null, title);
        DocumentPage page = reads.answer(query, DocumentPage.class);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.next() != null) {
            // the title goes in as a URI variable, so that it is encoded strictly: a template would keep a +
            // (read back as a space) and braces (no request target) as they are
            UriComponentsBuilder next = UriComponentsBuilder.fromPath("/api/documents")
                    .queryParam("size", size).queryParam("after", page.next().token());
            if (query.title() != null) {
                next.queryParam("title", "{title}");
            }
            String target = next.encode().buildAndExpand(Collections.singletonMap("title", query.title()))
                    .toUriString();
            answer.header(HttpHeaders.LINK, "<" + target + ">; rel=\"next\"");
        }
        return answer.body(page.documents().stream().map(DocumentSummary::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One document's status, with its input window, silence procedure and adoption")
    DocumentStatus document(@PathVariable String id, @RequestParam(required = false) Long minSequence) {
        return reads.open(id, minSequence);
    }
}
