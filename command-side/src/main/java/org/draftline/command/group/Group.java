package org.draftline.command.group;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.GroupEvent;
import org.draftline.api.group.GroupEvent.SpokespersonMandated;
import org.draftline.api.group.Mandate;
import org.draftline.api.group.MandateSpokesperson;
import org.draftline.api.rules.RuleViolation;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.draftline.api.rules.NegotiationRule.MANDATE_ALREADY_RECORDED;
import static org.draftline.api.rules.NegotiationRule.NOT_SECRETARIAT;

/**
 * A negotiating group of the reference list, keyed by its code, and who speaks for it when. It exists on
 * the record from its first mandate; the secretariat records each mandate as it records any other act.
 * The mandates are read back by {@link GroupMandates} for the documents' rules.
 */
@Aggregate
public class Group {

    @AggregateIdentifier
    private Delegation group;
    private final Set<Mandate> mandates = new HashSet<>();

    protected Group() {
        // for Axon: rebuilt from its events, or created by its first mandate
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(MandateSpokesperson command, Actor actor, Clock clock) {
        if (!actor.is(Role.SECRETARIAT)) {
            throw new RuleViolation(NOT_SECRETARIAT, "only the secretariat records who speaks for a group");
        }
        Mandate mandate = new Mandate(command.delegation(), command.from(), command.to());
        if (mandates.contains(mandate)) {
            throw new RuleViolation(MANDATE_ALREADY_RECORDED, command.delegation() + " is already recorded as "
                    + "speaking for " + command.group() + " from " + command.from()
                    + (command.to() == null ? " until further notice" : " to " + command.to()));
        }
        apply(new SpokespersonMandated(command.group(), command.delegation(), command.from(), command.to(),
                clock.instant()));
        return AggregateLifecycle.getVersion();
    }

    /** Sets the state an event leaves behind; no checks, no side effects. */
    @EventSourcingHandler
    void on(GroupEvent event) {
        group = event.group();
        if (event instanceof SpokespersonMandated mandated) {
            mandates.add(mandated.mandate());
        }
    }
}
