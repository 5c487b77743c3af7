package org.draftline.query.notifications;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Schedules the delivery of outbox messages: one db-scheduler task ({@value #TASK}) per message, its
 * instance the message's id. Scheduled through db-scheduler's transaction-aware data source, so a task
 * exists exactly when its message was committed.
 */
@Component
class DeliveryQueue {

    static final String TASK = "notification-delivery";
    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    // the scheduler is built from the tasks, whose execution needs this: asked for when first used
    private final ObjectProvider<SchedulerClient> scheduler;

    DeliveryQueue(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(long message, Instant at) {
        scheduler.getObject().schedule(new TaskInstance<Void>(TASK, String.valueOf(message), () -> null,
                NotificationConfiguration.NOTIFICATION_PRIORITY), at,
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_DO_NOTHING);
    }

    /** Has a waiting message try at once (its predecessor in the lane is done); it would look again anyway. */
    void wake(long message, Instant now) {
        try {
            scheduler.getObject().reschedule(TaskInstanceId.of(TASK, String.valueOf(message)), now);
        } catch (RuntimeException alreadyRunningOrGone) {
            log.debug("message {} not woken: {}", message, alreadyRunningOrGone.toString());
        }
    }
}
