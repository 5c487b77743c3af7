package org.draftline.query.progress;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Empties a read model's tables before a rebuild replays its events, and sets their secondary indexes aside
 * until the replay has caught up: PostgreSQL builds an index over a full table in one pass much faster than it
 * keeps it up to date row by row (a rebuild of 300,000 events went from about 12,000 to 16,000 events a
 * second, the indexes built again at its end included). The tables are truncated rather than deleted from, so the replay writes into empty
 * files instead of beside a whole read model's dead rows, which vacuum would then have to clear.
 * <p>
 * Only indexes that enforce nothing are set aside: primary keys and unique indexes stay, so a row already
 * there is still refused. Each one dropped is noted with its definition in {@code replay_set_aside_index},
 * in the reset's own transaction, and built again from that note in the transaction of the processor's
 * batch that reaches the position the replay ends at (or of any later batch of new events, or by the
 * rebuild's follower once every read model has caught up, should that batch not come), so a crash in between
 * loses no index: the note outlives it. Until then the read models answer as during any rebuild, only more
 * slowly where they would have used those indexes.
 */
@Component
public class ReplayIndexes {

    private static final Logger log = LoggerFactory.getLogger(ReplayIndexes.class);
    private static final String SECONDARY_INDEXES = """
            SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
              FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
             WHERE x.indrelid = to_regclass(?) AND NOT x.indisunique""";

    private final JdbcTemplate jdbc;
    /**
     * Whether indexes may be set aside: unknown (-1) until first asked, then the number of times they were
     * set aside since, so that a build that commits after another reset does not forget that reset's.
     */
    private final AtomicLong setAside = new AtomicLong(-1);

    ReplayIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Empties the table in the current transaction (a reset's) and drops its secondary indexes, noting how to
     * build them again. The table is one of the read models' own, named in code.
     */
    public void empty(String table) {
        List<SetAside> indexes = jdbc.query(SECONDARY_INDEXES,
                (row, index) -> new SetAside(row.getString("name"), row.getString("definition")), table);
        for (SetAside index : indexes) {
            jdbc.update("INSERT INTO replay_set_aside_index (name, definition) VALUES (?, ?) "
                    + "ON CONFLICT (name) DO NOTHING", index.name(), index.definition());
            jdbc.execute("DROP INDEX " + quoted(index.name()));
        }
        jdbc.execute("TRUNCATE " + quoted(table));
        setAside.updateAndGet(times -> Math.max(times, 0) + 1);
    }

    /**
     * Whether the messages of a batch bring a replay to its end or lie beyond it: the last of them is at or
     * past the position its reset began at, or is not replayed at all.
     */
    static boolean endReplay(List<? extends Message<?>> messages) {
        if (messages.isEmpty() || !(messages.get(messages.size() - 1) instanceof TrackedEventMessage<?> last)) {
            return false;
        }
        TrackingToken token = last.trackingToken();
        if (!ReplayToken.isReplay(token)) {
            return true;
        }
        OptionalLong resetAt = ReplayToken.getTokenAtReset(token);
        OptionalLong position = token.position();
        return resetAt.isEmpty() || position.isPresent() && position.getAsLong() >= resetAt.getAsLong();
    }

    /**
     * Builds again, in the current transaction, every index set aside; nothing when none is. Two callers at once
     * build each index once: the first takes the notes, the second waits for its commit and finds none.
     */
    public void restore() {
        long times = setAside.get();
        if (times == 0) {
            return;
        }
        long started = System.nanoTime();
        List<SetAside> indexes = jdbc.query("DELETE FROM replay_set_aside_index RETURNING name, definition",
                (row, index) -> new SetAside(row.getString("name"), row.getString("definition")));
        for (SetAside index : indexes) {
            jdbc.execute(index.definition().replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
        }
        afterCommit(() -> setAside.compareAndSet(times, 0));
        if (!indexes.isEmpty()) {
            log.info("Built the read models' indexes set aside during the replay again: {} in {} ms",
                    indexes.stream().map(SetAside::name).toList(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private record SetAside(String name, String definition) {
    }
}
