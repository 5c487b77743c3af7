package org.draftline.platform.security.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.platform.security.AccountProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sign-in through an identity provider, where one is configured: bearer JWTs on the API
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code .jwk-set-uri}) and "Sign in with
 * &lt;provider&gt;" on the pages ({@code spring.security.oauth2.client.registration.*}). Without those
 * settings nothing here exists.
 */
@AutoConfiguration(after = {OAuth2ResourceServerAutoConfiguration.class, OAuth2ClientAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({OidcProperties.class, AccountProperties.class})
public class OidcAutoConfiguration {

    /** One reading of the claims for the API's tokens and the pages' sign-in. */
    @Bean
    ClaimsActor claimsActor(OidcProperties properties, AccountProperties accounts) {
        return new ClaimsActor(properties, accounts.accounts().stream().map(AccountProperties.Account::username)
                .filter(Objects::nonNull).map(String::strip).collect(Collectors.toSet()));
    }

    @Bean
    @Conditional(IdentityProviderConfigured.class)
    BearerTokens bearerTokens(ClaimsActor claims, ObjectMapper json) {
        return new BearerTokens(claims, json);
    }

    @Bean
    @Conditional(ClientsConfiguredCondition.class)
    ProviderSignIn providerSignIn(ClientRegistrationRepository registrations, ClaimsActor claims) {
        return new ProviderSignIn(registrations, claims);
    }
}
