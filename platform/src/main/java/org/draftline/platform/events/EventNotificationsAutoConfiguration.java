package org.draftline.platform.events;

import com.zaxxer.hikari.HikariDataSource;
import org.draftline.platform.postgres.EmbeddedPostgresAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Instances sharing one PostgreSQL with Axon's JDBC event store hear of each other's appends through
 * {@code LISTEN/NOTIFY}. Behind Axon Server the events are not in PostgreSQL, and nothing listens.
 * {@code draftline.event-notifications.enabled=false} turns the listening off.
 */
@AutoConfiguration(after = {EmbeddedPostgresAutoConfiguration.class, DataSourceAutoConfiguration.class})
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class EventNotificationsAutoConfiguration {

    @Bean
    OwnNotifications ownNotifications() {
        return new OwnNotifications();
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnProperty(name = "draftline.event-notifications.enabled", havingValue = "true", matchIfMissing = true)
    AppendNotifications appendNotifications(DataSource dataSource, ApplicationEventPublisher publisher,
                                            OwnNotifications own) {
        return new AppendNotifications(() -> openListening(dataSource), publisher, own);
    }

    /**
     * A connection of its own, opened with the pool's settings, named {@value AppendNotifications#APPLICATION_NAME}
     * in {@code pg_stat_activity}; where the data source is not Hikari with a URL, one of its connections is held
     * instead.
     */
    static Connection openListening(DataSource dataSource) throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            return dataSource.getConnection();
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        if (pool.getJdbcUrl() == null) {
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", AppendNotifications.APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}
