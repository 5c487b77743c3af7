package org.draftline.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.document.DocumentId;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.PlainRefusals;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.axon.StoreConflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a page's command as the signed-in actor and waits until the read models show it, so the page the
 * browser is sent to next already has it. A refusal comes back as a {@link Problem} for the form.
 */
@Component
public class Acting {

    private static final Logger log = LoggerFactory.getLogger(Acting.class);

    /** What a form's act came to: the document's sequence after it, or the problem to show. */
    public record Outcome(long sequence, Problem problem) {

        public boolean succeeded() {
            return problem == null;
        }
    }

    /** The command of a form, built from its fields; its constructor may refuse a field. */
    @FunctionalInterface
    public interface Act {
        long perform();
    }

    private final CommandGateway commands;
    private final Reading reading;

    Acting(CommandGateway commands, Reading reading) {
        this.commands = commands;
        this.reading = reading;
    }

    /** Sends one command, answering the document's sequence after it (a registration is sequence 0). */
    public long send(Object command, Actor actor) {
        Object result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(actor.toMetaData()));
        return result instanceof Number sequence ? sequence.longValue() : 0L;
    }

    /**
     * Runs a form's act and waits for the read models; whatever refuses it (a field, a rule, a concurrent
     * change) becomes the problem shown beside the form named {@code form}.
     */
    public Outcome attempt(String form, DocumentId document, Act act) {
        try {
            long sequence = act.perform();
            reading.await(document, sequence);
            return new Outcome(sequence, null);
        } catch (RuntimeException failure) {
            return new Outcome(-1, problem(form, failure)
                    .orElseThrow(() -> failure));
        }
    }

    /** Sends and, when the rule named refuses it, sends the fallback instead (appoint, then replace). */
    public long sendOr(Object command, NegotiationRule refusedBy, Supplier<Object> fallback, Actor actor) {
        try {
            return send(command, actor);
        } catch (RuntimeException failure) {
            if (RuleViolation.in(failure).map(violation -> violation.rule() == refusedBy).orElse(false)) {
                return send(fallback.get(), actor);
            }
            throw failure;
        }
    }

    static Optional<Problem> problem(String form, Throwable failure) {
        Optional<RuleViolation> violation = RuleViolation.in(failure);
        if (violation.isPresent()) {
            return Optional.of(new Problem(form, "", violation.get().code(), PlainRefusals.of(violation.get())));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValue invalid) {
                return Optional.of(new Problem(form, invalid.field(), "", invalid.reason()));
            }
            if (cause instanceof AggregateNotFoundException) {
                return Optional.of(new Problem(form, "", NegotiationRule.UNKNOWN_DOCUMENT.name(),
                        PlainRefusals.lead(NegotiationRule.UNKNOWN_DOCUMENT)));
            }
            if (cause instanceof AggregateStreamCreationException || StoreConflicts.isUniqueViolation(cause)) {
                return Optional.of(new Problem(form, "id", NegotiationRule.DOCUMENT_EXISTS.name(),
                        PlainRefusals.lead(NegotiationRule.DOCUMENT_EXISTS)));
            }
            if (cause instanceof ConcurrencyException) {
                return Optional.of(new Problem(form, "", "CONCURRENT_CHANGE", "another change to this document was "
                        + "recorded at the same moment; reload and try again"));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        log.warn("A page's act failed unexpectedly", failure);
        return Optional.empty();
    }
}
