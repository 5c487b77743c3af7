package org.draftline.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.draftline.platform.upcasting.EventUpcasters;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.util.List;

/**
 * Axon as Draftline runs it on both sides: JSON (Jackson) for everything it serializes, never XStream;
 * the acting user and delegation copied from each command onto the events it records; one clock.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonPlatformAutoConfiguration {

    /**
     * The mapper for stored messages, kept apart from the web's so HTTP settings never reshape the store;
     * what it reads back is taken as recorded, unchecked by today's rules ({@link RecordedValues}).
     */
    public static ObjectMapper messageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                // registered after Jackson's, so it reads the instants; what it does not read, Jackson's does
                .registerModule(UtcInstants.module())
                .registerModule(new RecordedValues())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    /** Axon's Spring configuration hands every {@link EventUpcaster} bean to the event store it builds. */
    @Bean
    EventUpcaster draftlineEventUpcasters() {
        return EventUpcasters.chain();
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new ActorCorrelationDataProvider();
    }

    /** Axon's Spring configuration puts every query dispatch interceptor bean on the query gateway. */
    @Bean
    MessageDispatchInterceptor<QueryMessage<?, ?>> queryReader() {
        return new QueryReader();
    }

    /**
     * A query sent while answering another carries the reader of the one being answered, also on a thread or
     * in a service where nobody is signed in (Axon's correlation data, registered on the query bus).
     */
    @Bean
    MessageHandlerInterceptor<QueryMessage<?, ?>> queryReaderCorrelation() {
        return new CorrelationDataInterceptor<>(List.of(new ActorCorrelationDataProvider()));
    }

    @Bean
    @ConditionalOnMissingBean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
