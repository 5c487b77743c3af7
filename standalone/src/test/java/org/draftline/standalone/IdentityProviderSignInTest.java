package org.draftline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.draftline.platform.security.oidc.BearerTokens;
import org.draftline.platform.security.oidc.ProviderSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftline.standalone.SeedNegotiations.act;
import static org.draftline.standalone.SeedNegotiations.body;

/**
 * Sign-in through an identity provider, against a real one started here (Spring Authorization Server): its
 * bearer tokens act on the API as the delegation and person their claims name, tokens that fail a check are
 * 401, tokens whose claims name no actor are 403; the pages sign people in through it with PKCE. One provider
 * and one Draftline serve every test of the class.
 */
class IdentityProviderSignInTest {

    private static final String DOCUMENT = "oidc-signed-resolution";
    private static final String MEXICAN_PERSON = "H.E. Mr. Juan José Gómez Camacho";

    private static TestIdentityProvider provider;
    private static DraftlineServer draftline;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startProviderAndDraftline() throws IOException {
        provider = TestIdentityProvider.start();
        Path dataDir = Files.createTempDirectory("draftline-oidc");
        draftline = DraftlineServer.start(dataDir, provider.draftlineArguments());
    }

    @AfterAll
    static void stop() {
        if (draftline != null) {
            draftline.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aDelegatesTokenActsAsItsDelegationAndTheHistoryNamesThePerson() {
        String secretariat = token("secretariat-script");
        Answer registered = bearer(secretariat, "POST", "/api/documents", body("id", DOCUMENT, "title",
                "A resolution negotiated by people signed in at their identity provider", "kind", "RESOLUTION",
                "body", "General Assembly"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        ApiClient basic = draftline.client();
        String document = "/api/documents/" + DOCUMENT;
        zeroDraftOpenForInput(DOCUMENT);

        Answer input = bearer(token("mexico-script"), "POST", document + "/inputs", body("onDraft", "zero",
                "comments", "Mexico, signed in at its identity provider, welcomes the zero draft."));

        assertThat(input.status()).as(input.toString()).isEqualTo(200);
        JsonNode entries = basic.get("observer", document + "/history?minSequence=" + input.body().get("sequence")
                .asLong()).body().get("entries");
        JsonNode registration = entries.get(0);
        assertThat(registration.get("type").asText()).isEqualTo("DocumentRegistered");
        assertThat(registration.get("actor").asText()).isEqualTo("secretariat-script");
        assertThat(registration.get("role").asText()).isEqualTo("SECRETARIAT");
        assertThat(registration.get("person").asText()).isEqualTo("Ms. Ana Secretariat");
        JsonNode mexico = entries.get(entries.size() - 1);
        assertThat(mexico.get("type").asText()).isEqualTo("InputSubmitted");
        assertThat(mexico.get("delegation").asText()).isEqualTo("MEX");
        assertThat(mexico.get("actor").asText()).isEqualTo("mexico-script");
        assertThat(mexico.get("person").asText()).isEqualTo(MEXICAN_PERSON);
        assertThat(basic.get("observer", document + "/inputs?delegation=MEX").body()).hasSize(1);
    }

    @Test
    void aTokenWhoseClaimsNameNoRoleOrNoKnownDelegationIsForbiddenWithTheReason() {
        Map<String, String> refusals = Map.of(
                "roleless-script", "INVALID_ROLE_CLAIM",
                "system-script", "INVALID_ROLE_CLAIM",
                "unknown-role-script", "INVALID_ROLE_CLAIM",
                "atlantis-script", "INVALID_DELEGATION_CLAIM",
                "stateless-delegate-script", "INVALID_DELEGATION_CLAIM");
        refusals.forEach((client, code) -> {
            Answer answer = bearer(token(client), "GET", "/api/documents", null);
            assertThat(answer.status()).as(client + " " + answer).isEqualTo(403);
            assertThat(answer.contentType()).as(client).startsWith("application/problem+json");
            assertThat(answer.body().get("code").asText()).as(client).isEqualTo(code);
        });
        Answer roleless = bearer(token("roleless-script"), "GET", "/api/documents", null);
        assertThat(roleless.body().get("detail").asText()).contains("draftline_role");
    }

    @Test
    void anExpiredTokenATokenOfAnotherIssuerAndAForgedOneAreEachUnauthenticated() {
        Instant now = Instant.now();
        // the same token, well formed and current, is accepted: each refusal below is its one defect
        String current = signed(provider.key(), provider.issuer(), now.minusSeconds(30), now.plusSeconds(300));
        assertThat(bearer(current, "GET", "/api/documents", null).status()).isEqualTo(200);

        // each token with the reason Spring's resource server gives for it
        Map<String, String> refused = Map.of(
                signed(provider.key(), provider.issuer(), now.minusSeconds(600), now.minusSeconds(300)), "Jwt expired",
                signed(provider.key(), "http://localhost:1/another-provider", now.minusSeconds(30), now.plusSeconds(300)),
                "The iss claim is not valid",
                signed(TestIdentityProvider.newKey(TestIdentityProvider.KEY_ID), provider.issuer(), now.minusSeconds(30),
                        now.plusSeconds(300)), "Invalid signature");
        refused.forEach((token, defect) -> {
            Answer answer = bearer(token, "GET", "/api/documents", null);
            assertThat(answer.body().get("detail").asText()).as(defect + " " + answer).contains(defect);
            assertThat(answer.status()).as(defect + " " + answer).isEqualTo(401);
            assertThat(answer.contentType()).as(defect).startsWith("application/problem+json");
            assertThat(answer.header("WWW-Authenticate")).as(defect).startsWith("Bearer");
            assertThat(answer.body().get("status").asInt()).as(defect).isEqualTo(401);
        });
    }

    @Test
    void theConfiguredAccountsSignInAsBeforeBesideTheProvider() {
        ApiClient basic = draftline.client();
        assertThat(basic.get("observer", "/api/documents").status()).isEqualTo(200);
        ApiClient.Answer anonymous = basic.get(null, "/api/documents");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(draftline.application().getBeanProvider(BearerTokens.class).getIfAvailable()).isNotNull();
        assertThat(draftline.application().getBeanProvider(ProviderSignIn.class).getIfAvailable()).isNotNull();
    }

    @Test
    void aPersonSignsInOnThePagesThroughTheProviderWithPkceAndActsAsTheirDelegation() {
        String base = "http://127.0.0.1:" + draftline.port();
        PageClient browser = PageClient.signedOut(base);
        HttpResponse<String> signInPage = browser.get("/login");
        assertThat(signInPage.body()).contains("Sign in with the Test Identity Provider")
                .contains("href=\"/oauth2/authorization/idp\"");

        HttpResponse<String> providerForm = browser.follow("/oauth2/authorization/idp");
        String authorization = browser.visited().stream().filter(url -> url.contains("/oauth2/authorize?"))
                .findFirst().orElseThrow();
        assertThat(authorization).contains("code_challenge=").contains("code_challenge_method=S256");
        assertThat(providerForm.uri().getPath()).isEqualTo("/login");

        HttpResponse<String> dashboard = browser.signInAtProvider(providerForm, "juan", TestIdentityProvider.PASSWORD);

        assertThat(dashboard.uri().toString()).isEqualTo(base + "/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as <strong>" + MEXICAN_PERSON + "</strong>")
                .contains("Mexico, delegate");

        String document = "oidc-page-resolution";
        act(draftline.client(), "secretariat", "/api/documents", body("id", document, "title",
                "A resolution with input from a page", "kind", "RESOLUTION", "body", "General Assembly"));
        zeroDraftOpenForInput(document);
        PageClient.Posted input = browser.post("/documents/" + document + "/inputs", List.of(
                Map.entry("onDraft", "zero"),
                Map.entry("comments", "Mexico's input, from a person signed in at the identity provider.")));
        assertThat(input.recorded()).as("%s", input).isTrue();
        JsonNode inputs = draftline.client().get("observer", "/api/documents/" + document + "/history?type=InputSubmitted")
                .body().get("entries");
        assertThat(inputs).hasSize(1);
        assertThat(inputs.get(0).get("actor").asText()).isEqualTo("juan");
        assertThat(inputs.get(0).get("delegation").asText()).isEqualTo("MEX");
        assertThat(inputs.get(0).get("person").asText()).isEqualTo(MEXICAN_PERSON);
    }

    @Test
    void withoutAProviderConfiguredTheApiAndThePagesAreAsBefore() {
        var plain = SharedServer.application();
        assertThat(plain.getBeanProvider(BearerTokens.class).getIfAvailable()).isNull();
        assertThat(plain.getBeanProvider(ProviderSignIn.class).getIfAvailable()).isNull();
        ApiClient api = SharedServer.client();
        HttpResponse<String> withToken = send(http, HttpRequest.newBuilder(URI.create(api.base() + "/api/documents"))
                .header("Authorization", "Bearer " + token("mexico-script")).header("Accept", "application/json")
                .build());
        assertThat(withToken.statusCode()).isEqualTo(401);
        assertThat(withToken.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(PageClient.signedOut(api.base()).get("/login").body()).contains("Sign in")
                .doesNotContain("Sign in with");
    }

    @Test
    void aPersonWhomTheProviderGivesNoRoleIsSentBackToTheSignInPageWithTheReason() {
        PageClient browser = PageClient.signedOut("http://127.0.0.1:" + draftline.port());
        HttpResponse<String> providerForm = browser.follow("/oauth2/authorization/idp");

        HttpResponse<String> back = browser.signInAtProvider(providerForm, "roleless", TestIdentityProvider.PASSWORD);

        assertThat(back.uri().getPath()).isEqualTo("/login");
        assertThat(back.body()).contains("draftline_role").doesNotContain("Signed in as");
        assertThat(browser.get("/").statusCode()).as("still signed out").isEqualTo(302);
    }

    /** Belgium and Qatar co-facilitate; Belgium circulates a zero draft open for input for a week. */
    private static void zeroDraftOpenForInput(String id) {
        ApiClient basic = draftline.client();
        String document = "/api/documents/" + id;
        act(basic, "secretariat", document + "/co-facilitators", body("coFacilitators", List.of(
                body("delegation", "BEL"), body("delegation", "QAT"))));
        act(basic, "belgium", document + "/zero-draft", body("text", SeedNegotiations.MODALITIES_ZERO_DRAFT,
                "inputDeadline", Instant.now().plus(Duration.ofDays(7)).toString()));
    }

    private static String token(String client) {
        return provider.clientToken(client);
    }

    /** A token as the provider would issue to Mexico's script, signed here with {@code key}. */
    private static String signed(RSAKey key, String issuer, Instant issuedAt, Instant expiresAt) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject("mexico-script")
                .issuedAt(issuedAt).notBefore(issuedAt).expiresAt(expiresAt);
        TestIdentityProvider.CLAIMS.get("mexico-script").forEach(claims::claim);
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private static Answer bearer(String token, String method, String path, Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(draftline.client().base() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        HttpResponse<String> response = send(http, request.build());
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : read(response.body()), response);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return ApiClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }

    private static String write(Object value) {
        try {
            return ApiClient.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
