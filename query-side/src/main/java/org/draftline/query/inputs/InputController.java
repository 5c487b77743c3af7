package org.draftline.query.inputs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.input.FindInputs;
import org.draftline.api.input.MemberStateInput;
import org.draftline.query.progress.ReadGate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/documents/{id}/inputs")
@Tag(name = "Input", description = "Member-state input: comments and paragraph proposals")
class InputController {

    private final ReadGate reads;

    InputController(ReadGate reads) {
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "Input in the order received, by delegation, draft version or paragraph")
    List<MemberStateInput> inputs(@PathVariable String id, @RequestParam(required = false) String delegation,
                                  @RequestParam(required = false) String onDraft,
                                  @RequestParam(required = false) String paragraph,
                                  @RequestParam(required = false) Long minSequence) {
        if (delegation != null && !Delegation.isKnown(delegation)) {
            throw new InvalidValue("delegation: unknown delegation '" + delegation + "'");
        }
        FindInputs query = new FindInputs(DocumentId.of(id), delegation == null ? null : Delegation.of(delegation),
                onDraft == null ? null : DraftLabel.of(onDraft),
                paragraph == null ? null : paragraph.strip().toUpperCase(Locale.ROOT));
        reads.open(id, minSequence);
        return reads.answerList(query, MemberStateInput.class);
    }
}
