package org.draftline.query.deadletters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Administration", description = "Events a read model could not apply, parked per document")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record Listing(List<DeadLetters.Parked> processors) {
    }

    @GetMapping
    @Operation(summary = "The events each read model has parked: document, sequence, event type, cause, "
            + "first and last failure, attempts (the secretariat only)")
    Listing list(Actor actor) {
        requireSecretariat(actor);
        return new Listing(deadLetters.all());
    }

    @PostMapping("/{processor}/retry")
    @Operation(summary = "Applies one read model's parked events again, document by document; answers what "
            + "was retried, what was cleared and what is still parked (the secretariat only)")
    DeadLetters.Retry retry(@PathVariable String processor, Actor actor) {
        requireSecretariat(actor);
        return deadLetters.retry(processor);
    }

    private static void requireSecretariat(Actor actor) {
        if (!actor.is(Role.SECRETARIAT)) {
            throw new RuleViolation(NegotiationRule.NOT_SECRETARIAT,
                    "only the secretariat may see and retry the read models' parked events");
        }
    }
}
