package org.draftline.web;

import org.draftline.platform.security.oidc.ProviderSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.draftline.web.signin.SignInFailures;
import org.draftline.platform.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the pages: a form and a session beside the API's stateless HTTP Basic, with CSRF tokens on
 * every form (htmx sends the token as a header), and "Sign in with &lt;provider&gt;" where an identity provider is
 * configured. Named {@code pageSecurity} so platform's open fallback
 * chain steps aside.
 */
@Configuration
class PageSignIn {

    @Bean("pageSecurity")
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<ProviderSignIn> providerSignIn) throws Exception {
        ProviderSignIn provider = providerSignIn.getIfAvailable();
        if (provider != null) {
            provider.applyTo(http, "/login", "/");
        }
        return http
                .headers(SecurityHeaders.headers())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/webjars/**", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
                                "/actuator/health")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailures()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .build();
    }
}
