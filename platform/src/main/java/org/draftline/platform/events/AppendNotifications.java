package org.draftline.platform.events;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Listens, on one connection of its own, for PostgreSQL's notifications of appended events (channel
 * {@value #CHANNEL}, sent by a trigger on the event table) and publishes each as {@link EventsAppended} in
 * this process, so that events another instance appended wake this one's processors and pages at once;
 * and of read models' progress (channel {@value #PROGRESS_CHANNEL}, sent by the query side as a batch
 * commits), published as {@link ReadModelsAdvanced}, so that reads waiting here learn of progress another
 * instance's processors made.
 * When the connection is lost it logs so once, connects again with a growing pause, logs once when it is
 * back and then publishes {@link AppendNotificationsResumed}, since what was appended meanwhile was not
 * announced here.
 * <p>
 * Notifications this instance sent itself ({@link OwnNotifications}) are counted but not published: it
 * acted on its own appends and progress when they committed.
 */
public class AppendNotifications implements SmartLifecycle {

    public static final String CHANNEL = "draftline_events";
    public static final String PROGRESS_CHANNEL = "draftline_progress";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "draftline-event-notifications";

    private static final Logger log = LoggerFactory.getLogger(AppendNotifications.class);
    private static final int WAIT_MILLIS = 500;
    /** A quiet connection is asked to answer now and then, so one that died silently is noticed. */
    private static final Duration QUIET_CHECK = Duration.ofSeconds(30);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    /** Opens the listening connection: not one of the pool's, which it would hold for ever. */
    @FunctionalInterface
    public interface ListeningConnection {
        Connection open() throws SQLException;
    }

    private final ListeningConnection connections;
    private final ApplicationEventPublisher publisher;
    private final OwnNotifications own;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong ownReceived = new AtomicLong();
    private final AtomicLong connected = new AtomicLong();
    private volatile boolean running;
    private volatile Connection current;
    private Thread listener;

    public AppendNotifications(ListeningConnection connections, ApplicationEventPublisher publisher,
                               OwnNotifications own) {
        this.connections = connections;
        this.publisher = publisher;
        this.own = own;
    }

    /** How many notifications of appended events (not of progress) this instance has received. */
    public long received() {
        return received.get();
    }

    /** How many notifications, of appends or progress, were this instance's own and not published. */
    public long ownReceived() {
        return ownReceived.get();
    }

    /** How many times the listening connection was opened and listening: more than once after an outage. */
    public long connections() {
        return connected.get();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "draftline-event-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread stopping = listener;
        listener = null;
        if (stopping == null) {
            return;
        }
        closeQuietly(current);
        stopping.interrupt();
        try {
            stopping.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        boolean lost = false;
        while (running) {
            try (Connection connection = connections.open()) {
                current = connection;
                if (!running) {
                    return;
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PROGRESS_CHANNEL);
                    statement.execute("LISTEN " + CHANNEL);
                }
                connected.incrementAndGet();
                pause = FIRST_PAUSE;
                if (lost) {
                    lost = false;
                    log.info("Listening for appended events again");
                    publish(new AppendNotificationsResumed());
                }
                receive(connection, postgres);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!lost) {
                    lost = true;
                    log.warn("Lost the connection listening for appended events ({}); connecting again, and until then "
                            + "events other instances append are seen within the event store's fetch delay", e.toString());
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            } finally {
                current = null;
            }
        }
    }

    private void receive(Connection connection, PGConnection postgres) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    boolean progress = PROGRESS_CHANNEL.equals(notification.getName());
                    if (!progress) {
                        received.incrementAndGet();
                    }
                    if (own.sentHere(notification.getPID())) {
                        ownReceived.incrementAndGet();
                        continue;
                    }
                    if (progress) {
                        publish(new ReadModelsAdvanced());
                        continue;
                    }
                    EventsAppended.parse(notification.getParameter()).ifPresentOrElse(this::publish,
                            () -> log.debug("Ignored a notification on {}: '{}'", CHANNEL, notification.getParameter()));
                }
            } else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
                quietSince = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
            }
        }
    }

    /** A listener's failure is its own: the connection keeps listening for the others. */
    private void publish(Object event) {
        try {
            publisher.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("A listener failed on {}", event, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException ignored) {
                // the listening thread stops either way
            }
        }
    }
}
