package org.draftline.query.projections;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.progress.ReadModelProgress;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration", description = "The read models' progress through the record, and their rebuild")
class ProjectionsController {

    private static final URI PROGRESS = URI.create("/api/admin/projections");

    private final CatchUp catchUp;

    ProjectionsController(CatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @GetMapping
    @Operation(summary = "Per read model: its processor, position, the head of the store, percent, events per "
            + "second, time left and whether it replays (the secretariat only)")
    ReadModelProgress progress(Actor actor) {
        requireSecretariat(actor);
        return catchUp.progress();
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuilds every read model from the first event; answers 202 at once with the progress "
            + "to follow at GET /api/admin/projections, 409 REBUILD_RUNNING while one runs (the secretariat only)")
    ResponseEntity<ReadModelProgress> rebuild(Actor actor) {
        requireSecretariat(actor);
        return ResponseEntity.accepted().location(PROGRESS).body(catchUp.rebuild());
    }

    private static void requireSecretariat(Actor actor) {
        if (!actor.is(Role.SECRETARIAT)) {
            throw new RuleViolation(NegotiationRule.NOT_SECRETARIAT,
                    "only the secretariat may follow and rebuild the read models");
        }
    }
}
