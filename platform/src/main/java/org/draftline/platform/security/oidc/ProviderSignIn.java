package org.draftline.platform.security.oidc;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * "Sign in with &lt;provider&gt;" on the pages, where OIDC client registrations are configured: the authorization
 * code flow with PKCE (for confidential clients too, which Spring does not do by itself), and the provider's
 * claims read into the actor as for bearer tokens.
 */
public final class ProviderSignIn {

    /** Where the sign-in page is sent back when a provider's sign-in fails; the reason is in the session. */
    public static final String FAILED = "/login?providerError";

    private final ClientRegistrationRepository registrations;
    private final ClaimsActor claims;
    private final OidcUserService users = new OidcUserService();

    ProviderSignIn(ClientRegistrationRepository registrations, ClaimsActor claims) {
        this.registrations = registrations;
        this.claims = claims;
    }

    /** A provider the sign-in page offers, with the address that starts its sign-in. */
    public record Provider(String name, String path) {
    }

    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
                    providers.add(new Provider(registration.getClientName(),
                            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                                    + registration.getRegistrationId()));
                }
            }
        }
        return providers;
    }

    /** Adds the provider's sign-in to the pages' chain, beside its form for the configured accounts. */
    public void applyTo(HttpSecurity http, String signInPage, String afterSignIn) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler(FAILED);
        http.oauth2Login(login -> login
                .loginPage(signInPage)
                .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(requests))
                .userInfoEndpoint(userInfo -> userInfo
                        .oidcUserService(this::user)
                        .userService(request -> {
                            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_request",
                                    "Draftline signs in through OpenID Connect only: give the registration the "
                                            + "scope openid", null));
                        }))
                .defaultSuccessUrl(afterSignIn, false)
                .failureHandler(failed));
    }

    private OidcUser user(OidcUserRequest request) {
        OidcUser user = users.loadUser(request);
        ClaimsActor.Mapped mapped = claims.actorOf(user.getSubject(), user);
        if (mapped.actor() == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(mapped.code(), mapped.refusal(), null),
                    mapped.refusal());
        }
        return new ActorOidcUser(mapped.authorities(), user.getIdToken(), user.getUserInfo(), mapped.actor());
    }

    /** What the sign-in page says when a provider's sign-in failed. */
    public static String reason(AuthenticationException failure) {
        return failure == null ? "Signing in through the identity provider failed." : failure.getMessage();
    }
}
