package org.draftline.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server on a free port with its own RSA
 * key, clients for scripts (client credentials) and for Draftline's pages (authorization code with PKCE),
 * and people who sign in at its form. Its tokens carry Draftline's claims for each user or client.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String KEY_ID = "provider-key";
    static final String PAGES_CLIENT = "draftline-pages";
    static final String PASSWORD = "provider-password";

    /** Draftline's claims of each user or client (a client's principal is its id). */
    static final Map<String, Map<String, Object>> CLAIMS = Map.of(
            "mexico-script", Map.of("draftline_role", "DELEGATE", "draftline_delegation", "MEX",
                    "name", "H.E. Mr. Juan José Gómez Camacho"),
            "juan", Map.of("draftline_role", "DELEGATE", "draftline_delegation", "MEX",
                    "name", "H.E. Mr. Juan José Gómez Camacho"),
            "secretariat-script", Map.of("draftline_role", "SECRETARIAT", "name", "Ms. Ana Secretariat"),
            "roleless-script", Map.of("name", "Someone Without A Role"),
            "roleless", Map.of("name", "Someone Without A Role"),
            "system-script", Map.of("draftline_role", "SYSTEM"),
            "unknown-role-script", Map.of("draftline_role", "PRESIDENT"),
            "atlantis-script", Map.of("draftline_role", "DELEGATE", "draftline_delegation", "ATLANTIS"),
            "stateless-delegate-script", Map.of("draftline_role", "DELEGATE"));

    /** Each client's secret (the provider refuses two clients with one secret). */
    static String secretOf(String client) {
        return "secret-of-" + client;
    }

    private final RSAKey key;
    private final ConfigurableApplicationContext application;

    private TestIdentityProvider(RSAKey key, ConfigurableApplicationContext application) {
        this.key = key;
        this.application = application;
    }

    static TestIdentityProvider start() {
        RSAKey key = newKey(KEY_ID);
        ConfigurableApplicationContext application = new SpringApplicationBuilder(Provider.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("providerKey", key))
                .run("--server.port=0", "--server.servlet.session.cookie.name=PROVIDER_SESSION",
                        "--spring.main.banner-mode=off");
        return new TestIdentityProvider(key, application);
    }

    static RSAKey newKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer as the provider names itself when asked at this address. */
    String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    /** The arguments that make a Draftline trust this provider: bearer tokens on the API, its sign-in on the pages. */
    String[] draftlineArguments() {
        String registration = "--spring.security.oauth2.client.registration.idp.";
        return new String[]{
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer(),
                registration + "client-id=" + PAGES_CLIENT,
                registration + "client-secret=" + secretOf(PAGES_CLIENT),
                registration + "client-name=the Test Identity Provider",
                registration + "scope=openid",
                registration + "authorization-grant-type=authorization_code",
                "--spring.security.oauth2.client.provider.idp.issuer-uri=" + issuer()};
    }

    /** An access token the provider issues to the script {@code client} (client credentials). */
    String clientToken(String client) {
        String credentials = client + ":" + secretOf(client);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(client + ": " + response.statusCode() + " " + response.body());
            }
            return new ObjectMapper().readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The provider's signing key, private part included, for tokens a test signs itself. */
    RSAKey key() {
        return key;
    }

    @Override
    public void close() {
        application.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @Import({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            PropertyPlaceholderAutoConfiguration.class})
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http
                    .securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(
                            new LoginUrlAuthenticationEntryPoint("/login")))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("juan").password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername("roleless").password("{noop}" + PASSWORD).roles("USER").build());
        }

        @Bean
        RegisteredClientRepository clients() {
            var clients = new ArrayList<RegisteredClient>();
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(PAGES_CLIENT)
                    .clientSecret("{noop}" + secretOf(PAGES_CLIENT))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // a loopback address: the provider admits any port (RFC 8252), Draftline's is picked at start
                    .redirectUri("http://127.0.0.1/login/oauth2/code/idp")
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).build())
                    .build());
            for (String script : CLAIMS.keySet().stream().filter(name -> name.endsWith("-script")).toList()) {
                clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(script)
                        .clientSecret("{noop}" + secretOf(script))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .build());
            }
            return new InMemoryRegisteredClientRepository(clients);
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> draftlineClaims() {
            return context -> {
                boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
                boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
                if (accessToken || idToken) {
                    CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of())
                            .forEach((claim, value) -> context.getClaims().claim(claim, value));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys(RSAKey providerKey) {
            return new ImmutableJWKSet<>(new JWKSet(providerKey));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
