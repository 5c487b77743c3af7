package org.draftline.platform.axon;

import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryMessage;
import org.draftline.api.actor.Actor;
import org.draftline.platform.security.SignedIn;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Who reads: every query sent through the gateway carries the signed-in reader in its metadata, as a command
 * carries its actor, so that the side answering it (in this process or behind Axon Server) decides what that
 * reader may see, for the API and the pages alike. A query sent while answering another (a report asking for a
 * compilation) carries the same reader, by the correlation data of the query being answered.
 */
public final class QueryReader implements MessageDispatchInterceptor<QueryMessage<?, ?>> {

    private static final Set<String> ACTOR_KEYS = Set.of(Actor.USERNAME, Actor.ROLE, Actor.DELEGATION,
            Actor.RECORDED_BY, Actor.PERSON, Actor.BY_DEADLINE);

    /** The reader a query names; empty when it names none (nobody signed in sent it). */
    public static Optional<Actor> of(Map<String, ?> metaData) {
        if (metaData.get(Actor.USERNAME) == null || metaData.get(Actor.ROLE) == null) {
            return Optional.empty();
        }
        return Optional.of(Actor.fromMetaData(metaData));
    }

    @Override
    public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(
            List<? extends QueryMessage<?, ?>> messages) {
        return (index, query) -> SignedIn.actor(SecurityContextHolder.getContext().getAuthentication())
                .<QueryMessage<?, ?>>map(reader -> query.withMetaData(
                        MetaData.from(query.getMetaData()).withoutKeys(ACTOR_KEYS).mergedWith(reader.toMetaData())))
                .orElse(query);
    }
}
