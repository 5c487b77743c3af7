package org.draftline.command.integrity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.draftline.platform.events.OwnNotifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The hash chain and its signatures, where events live in PostgreSQL through Axon's JDBC engine. With
 * Axon Server the events are not in {@code domainevententry}, and none of this is set up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@EnableConfigurationProperties(IntegrityProperties.class)
class IntegrityConfiguration {

    /**
     * Axon's JDBC engine as its auto-configuration builds it (its event schema and SQL error resolver are
     * defaults it declares only beside its own engine), with the chain and its MACs appended in each append's
     * transaction.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          ObjectProvider<PersistenceExceptionResolver> persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          ObjectProvider<EventSchema> eventSchema,
                                          HeadSigningKey key, ObjectProvider<OwnNotifications> own) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver.getIfAvailable(JdbcSQLErrorCodesResolver::new))
                .eventSerializer(eventSerializer)
                // Axon's filters (the aggregates' snapshot revisions) and, here, the snapshot's own MAC
                .snapshotFilter(configuration.snapshotFilter().combine(key.snapshotSeal()))
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema.getIfAvailable(EventSchema::new));
        return new ChainingEventStorageEngine(builder, key.chainMac(), key.snapshotSeal(),
                own.getIfAvailable(OwnNotifications::new));
    }

    @Bean
    HeadSigningKey headSigningKey(IntegrityProperties properties,
                                  @Value("${draftline.data-dir:data}") Path dataDir) {
        return HeadSigningKey.loadOrCreate(properties.keyFileUnder(dataDir));
    }

    /** Registered with Flyway by Spring Boot, which runs the migrations before any JdbcTemplate is made. */
    @Bean
    static MacMigration macMigration() {
        return new MacMigration();
    }

    /**
     * Gives their MAC to the links the MAC migration marked, once, before anything is checked or signed,
     * and only in the start that applied that migration.
     */
    @Bean
    RecordIntegrity recordIntegrity(JdbcTemplate jdbc, PlatformTransactionManager transactions, HeadSigningKey key,
                                    Clock clock, MacMigration macMigration) {
        RecordIntegrity integrity = new RecordIntegrity(jdbc, transactions, key, clock);
        if (macMigration.appliedNow()) {
            integrity.macMarkedLinks();
        } else {
            integrity.leaveStrayMarks();
        }
        return integrity;
    }

    @Bean
    IntegrityQueries integrityQueries(RecordIntegrity integrity, HeadSigningKey key) {
        return new IntegrityQueries(integrity, key);
    }

    /** One instance signs at each interval (db-scheduler picks it), whatever the number of instances. */
    @Bean
    RecurringTask<Void> headSigning(IntegrityProperties properties, RecordIntegrity integrity) {
        return Tasks.recurring("integrity-head-signing", FixedDelay.of(properties.signingInterval()))
                .execute((instance, context) -> integrity.signGrownHeads());
    }

    /** A record edited underneath without growing since is noticed too, without anyone asking. */
    @Bean
    RecurringTask<Void> integritySweep(IntegrityProperties properties, RecordIntegrity integrity) {
        return Tasks.recurring("integrity-sweep", FixedDelay.of(properties.sweepInterval()))
                .execute((instance, context) -> integrity.checkEveryDocument());
    }
}
