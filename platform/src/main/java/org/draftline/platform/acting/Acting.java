package org.draftline.platform.acting;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.progress.AwaitProjections;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.axon.StoreConflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The one way the API and the pages act: a command sent as the signed-in actor (in the metadata, never the
 * body), an answer given once the read models show it (read-your-writes, bounded), and whatever refuses it
 * told as a {@link Refusal}, which the API answers as problem details and a page shows beside its form.
 */
public class Acting {

    private static final Logger log = LoggerFactory.getLogger(Acting.class);

    /** What an act came to: the document's sequence after it, or why it was refused. */
    public record Outcome(long sequence, Refusal refusal) {

        public boolean succeeded() {
            return refusal == null;
        }
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Duration readYourWrites;

    public Acting(CommandGateway commands, QueryGateway queries, Duration readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    /** Sends one command, answering the sequence its handler returned (a registration is sequence 0). */
    public long send(Object command, Actor actor) {
        Object result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(actor.toMetaData()));
        return result instanceof Number sequence ? sequence.longValue() : 0L;
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

    /** Registers a document; a second registration of its id is refused as {@code DOCUMENT_EXISTS}. */
    public long register(RegisterDocument command, Actor actor) {
        try {
            return send(command, actor);
        } catch (RuntimeException failure) {
            if (isCreationClash(failure)) {
                throw new RuleViolation(NegotiationRule.DOCUMENT_EXISTS, "a document '" + command.documentId()
                        + "' is already registered");
            }
            throw failure;
        }
    }

    /**
     * Runs an act (building its command may refuse a field, sending it a rule) and waits for the read models to
     * show it. A refusal is the outcome; anything else is Draftline's own failure and is thrown.
     */
    public Outcome attempt(DocumentId document, LongSupplier act) {
        try {
            long sequence = act.getAsLong();
            awaitReadModels(document, sequence);
            return new Outcome(sequence, null);
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.of(failure).orElseThrow(() -> failure);
            return new Outcome(-1, refusal);
        }
    }

    /** Waits, bounded, until every read model has reached {@code sequence} of the document. */
    public boolean awaitReadModels(DocumentId document, long sequence) {
        return awaitReadModels(timeout -> new AwaitProjections(document, sequence, timeout));
    }

    /**
     * Waits, bounded by {@code draftline.read-your-writes-timeout}, for the query (built with that timeout) that
     * answers true once the read models showing a command have reached it; false when they have not.
     */
    public boolean awaitReadModels(Function<Duration, Object> awaitQuery) {
        Object query = awaitQuery.apply(readYourWrites);
        try {
            Boolean reached = queries.query(query, Boolean.class)
                    .get(readYourWrites.toMillis() + 1000, TimeUnit.MILLISECONDS);
            if (!Boolean.TRUE.equals(reached)) {
                log.warn("Read models had not reached {} within {}", query, readYourWrites);
            }
            return Boolean.TRUE.equals(reached);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            log.warn("Could not wait for the read models to reach {}: {}", query, e.toString());
            return false;
        }
    }

    /** The delegation a delegate acts for; other roles act for none, which the rules refuse. */
    public static Delegation delegationOf(Actor actor) {
        if (actor.delegation() == null) {
            throw new RuleViolation(NegotiationRule.NOT_A_DELEGATE, "only a delegate acts for a delegation; "
                    + actor.username() + " is " + actor.role());
        }
        return actor.delegation();
    }

    /** The unique (document, sequence) index refused a second first event of the same document. */
    private static boolean isCreationClash(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException
                    || StoreConflicts.isUniqueViolation(cause)) {
                return true;
            }
        }
        return false;
    }
}
