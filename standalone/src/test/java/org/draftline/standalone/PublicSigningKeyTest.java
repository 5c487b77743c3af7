package org.draftline.standalone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Found by an attack: an outsider holding a printed report could not fetch the key that checks its seal. */
class PublicSigningKeyTest {

    @Test
    void anyoneMayFetchThePublicKeyAndNothingElseWithoutSigningIn() {
        ApiClient api = SharedServer.client();
        ApiClient.Answer key = api.get(null, "/api/integrity/key");
        assertThat(key.status()).as(key.toString()).isEqualTo(200);
        assertThat(key.body().get("crv").asText()).isEqualTo("Ed25519");
        assertThat(key.body().get("pem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(key.body().has("d")).as("no private part").isFalse();

        assertThat(api.get(null, "/api/documents").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/admin/dead-letters").status()).isEqualTo(401);
    }
}
