package org.draftline.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.Fields;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.MandateSpokesperson;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.platform.acting.Acting;
import org.draftline.platform.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.draftline.command.web.CommandRequests.delegation;
import static org.draftline.platform.web.RequestTimes.date;

/** The secretariat records who speaks for a negotiating group, and when. */
@RestController
@RequestMapping("/api/groups")
@Tag(name = "Commands", description = "Acts on the record of a negotiation")
class GroupCommandController {

    private final CommandDispatcher dispatcher;
    private final Acting acting;

    GroupCommandController(CommandDispatcher dispatcher, Acting acting) {
        this.dispatcher = dispatcher;
        this.acting = acting;
    }

    /** A mandate's body: the delegation and its first and last day (both included); no {@code to}: until further notice. */
    record Spokesperson(String delegation, String from, String to) {
    }

    @PostMapping("/{code}/spokespersons")
    @Operation(summary = "Record that a delegation speaks for the group from a day to a day, both included (secretariat)")
    ResponseEntity<?> mandate(@PathVariable String code, @RequestBody Spokesperson request, Actor signedIn,
                              @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Delegation group = group(code);
        MandateSpokesperson command = new MandateSpokesperson(group,
                delegation(Fields.required(request.delegation(), "delegation"), "delegation"),
                date(request.from(), "from"), date(request.to(), "to"));
        return dispatcher.dispatch(signedIn, key, "/api/groups/" + group + "/spokespersons", request,
                HttpStatus.CREATED, GroupCommandResult.class,
                () -> new GroupCommandResult(group.code(), acting.send(command, signedIn)));
    }

    /** The group a path names: 404 for a code the reference list does not hold as a group. */
    static Delegation group(String code) {
        if (!Delegation.isKnown(code)) {
            throw new NotFound(NegotiationRule.UNKNOWN_GROUP.name(), "no delegation '" + code + "' is known; "
                    + "GET /api/groups lists the groups");
        }
        Delegation delegation = Delegation.of(code);
        if (!delegation.isGroup()) {
            throw new NotFound(NegotiationRule.UNKNOWN_GROUP.name(), delegation + " is " + delegation.name()
                    + ", not a group; GET /api/groups lists the groups");
        }
        return delegation;
    }
}
