package org.draftline.query.notifications;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Instant;
import java.util.Optional;

/**
 * Notifications: the outbox writer's processor, the delivery and reminder tasks (db-scheduler), and the
 * word in the log when no mail server is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);
    /**
     * Below the deadlines' default 0: the two db-scheduler threads are shared with the silence and input
     * deadlines, which go first when both are due (a deadline fired late still concludes dated at itself).
     */
    static final int NOTIFICATION_PRIORITY = -1;

    /**
     * A tracking processor of its own, woken by a local commit: each batch's messages and its token are
     * written in one transaction. A failure fails the batch (retried by Axon), never skips an event.
     */
    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessor(OutboxWriter.NAME, configuration -> configuration.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(50))
                .registerListenerInvocationErrorHandler(OutboxWriter.NAME,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    WebhookUrls webhookUrls(NotificationProperties properties) {
        return new WebhookUrls(properties.allowPrivateAddresses());
    }

    @Bean
    CustomTask<Void> notificationDelivery(Deliveries deliveries) {
        return Tasks.custom(DeliveryQueue.TASK, Void.class)
                .defaultPriority(NOTIFICATION_PRIORITY)
                .execute((instance, context) -> {
                    Optional<Instant> again = deliveries.deliver(Long.parseLong(instance.getId()));
                    return again.<CompletionHandler<Void>>map(at -> (complete, operations) ->
                            operations.reschedule(complete, at)).orElseGet(CompletionHandler.OnCompleteRemove::new);
                });
    }

    @Bean
    OneTimeTask<Void> notificationReminder(Reminders reminders) {
        return Tasks.oneTime(Reminders.TASK).defaultPriority(NOTIFICATION_PRIORITY)
                .execute((instance, context) -> reminders.fire(instance.getId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherMailIsSent(ApplicationReadyEvent ready) {
        ObjectProvider<JavaMailSender> sender = ready.getApplicationContext().getBeanProvider(JavaMailSender.class);
        if (sender.getIfAvailable() == null) {
            log.info("No mail server is configured (spring.mail.host): Draftline sends no e-mail notifications; "
                    + "webhooks are delivered");
        }
    }
}
