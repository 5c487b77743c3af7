package org.draftline.query.groups;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.InvalidValue;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.AwaitGroup;
import org.draftline.api.group.FindGroup;
import org.draftline.api.group.FindGroups;
import org.draftline.api.group.GroupView;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.platform.web.NotFound;
import org.draftline.query.progress.ReadGate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

@RestController
@RequestMapping("/api/groups")
@Tag(name = "Groups", description = "Negotiating groups, their members where known, and who speaks for them when")
class GroupController {

    private final ReadGate reads;
    private final Duration timeout;

    GroupController(ReadGate reads, @Value("${draftline.read-your-writes-timeout:2s}") Duration timeout) {
        this.reads = reads;
        this.timeout = timeout;
    }

    @GetMapping
    @Operation(summary = "Every negotiating group with its known members and its mandates")
    List<GroupView> groups() {
        return reads.answerList(new FindGroups(), GroupView.class);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One group with its known members and its mandates (from, to: days in UTC, both included)")
    GroupView group(@PathVariable String code, @RequestParam(required = false) Long minSequence) {
        Delegation group = group(code);
        if (minSequence != null) {
            if (minSequence < 0) {
                throw new InvalidValue("minSequence: numbered from 0");
            }
            reads.answer(new AwaitGroup(group, minSequence, timeout), Boolean.class);
        }
        return reads.answerOptional(new FindGroup(group), GroupView.class)
                .orElseThrow(() -> unknown(group + " is not a group"));
    }

    private static Delegation group(String code) {
        if (!Delegation.isKnown(code)) {
            throw unknown("no delegation '" + code + "' is known");
        }
        Delegation delegation = Delegation.of(code);
        if (!delegation.isGroup()) {
            throw unknown(delegation + " is " + delegation.name() + ", not a group");
        }
        return delegation;
    }

    private static NotFound unknown(String detail) {
        return new NotFound(NegotiationRule.UNKNOWN_GROUP.name(), detail + "; GET /api/groups lists the groups");
    }
}
