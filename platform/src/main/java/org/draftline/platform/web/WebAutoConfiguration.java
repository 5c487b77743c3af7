package org.draftline.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.time.Duration;

/**
 * The HTTP conventions both sides share: problem details for every error, bodies read strictly and bounded
 * in size, reads waiting for the read models bounded in number.
 */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemDetailsAdvice.class)
public class WebAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
            @Value("${draftline.max-request-bytes:2097152}") long limit, ObjectMapper json) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limit, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Request bodies read strictly (Spring Boot's converter would use the shared mapper as it is): a number or
     * a boolean where text belongs, or an enum's ordinal where its name belongs, is the client's error, not
     * converted. A copy, so the read models' own JSON and the event store's mapper keep reading as before.
     */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper json) {
        return new MappingJackson2HttpMessageConverter(StrictRequests.strict(json.copy()));
    }

    @Bean
    WaitingReads waitingReads(@Value("${draftline.read-waits.per-client:4}") int perClient,
                              @Value("${draftline.read-waits.total:32}") int total,
                              @Value("${draftline.read-your-writes-timeout:2s}") Duration timeout) {
        return new WaitingReads(perClient, total, timeout);
    }

    /** Takes the place of Spring Boot's error controller, which answers 500 when {@code /error} is asked for. */
    @Bean
    ErrorPathController errorPathController(ErrorAttributes attributes, ServerProperties server,
                                            ObjectProvider<ErrorViewResolver> resolvers) {
        return new ErrorPathController(attributes, server.getError(), resolvers.orderedStream().toList());
    }
}
