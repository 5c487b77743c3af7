package org.draftline.command.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The key that signs chain heads: made owner-only where absent, the same key when read again. */
class HeadSigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void anAbsentKeyIsMadeOwnerOnlyAndReadBackTheSame() throws Exception {
        Path file = dataDir.resolve("integrity").resolve("head-signing-key.pem");
        HeadSigningKey made = HeadSigningKey.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(Files.list(file.getParent())).containsExactly(file);

        HeadSigningKey read = HeadSigningKey.loadOrCreate(file);
        byte[] statement = "draftline-signed-head/1\ndoc\n0\nsha256:00\n2026-11-30T00:00:00Z\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(read.keyId()).isEqualTo(made.keyId());
        assertThat(read.verifies(statement, made.sign(statement))).isTrue();
        assertThat(read.verifies("something else".getBytes(StandardCharsets.UTF_8), made.sign(statement))).isFalse();
    }

    @Test
    void thePublicKeyIsAnEd25519JwkWhoseThumbprintIsTheKeyId() {
        HeadSigningKey key = HeadSigningKey.loadOrCreate(dataDir.resolve("key.pem"));
        var jwk = key.publicKey();

        assertThat(jwk.kty()).isEqualTo("OKP");
        assertThat(jwk.crv()).isEqualTo("Ed25519");
        assertThat(Base64.getUrlDecoder().decode(jwk.x())).hasSize(32);
        assertThat(jwk.kid()).isEqualTo(key.keyId()).hasSize(43);
        assertThat(jwk.pem()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
    }

    @Test
    void twoKeysAreNotTheSame() {
        assertThat(HeadSigningKey.loadOrCreate(dataDir.resolve("one.pem")).keyId())
                .isNotEqualTo(HeadSigningKey.loadOrCreate(dataDir.resolve("two.pem")).keyId());
    }
}
