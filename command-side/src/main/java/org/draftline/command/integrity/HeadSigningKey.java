package org.draftline.command.integrity;

import org.draftline.api.integrity.SigningKey;
import org.draftline.platform.config.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 key that signs chain heads, kept in a file outside the database (PEM: the PKCS#8 private key
 * and the X.509 public key), generated with owner-only permissions when absent. Whoever can rewrite the
 * database cannot sign what they wrote without this file. The chain's link MACs are keyed by a secret derived
 * from the same private key ({@link ChainMac}).
 */
final class HeadSigningKey {

    private static final Logger log = LoggerFactory.getLogger(HeadSigningKey.class);
    private static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");
    /** An X.509 Ed25519 public key is this 12-byte prefix and the 32-byte key. */
    private static final int X509_PREFIX = 12;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final ChainMac chainMac;
    private final SnapshotSeal snapshotSeal;

    private HeadSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = thumbprint(rawPublicKey(publicKey));
        // the raw 32-byte private key, whatever PKCS#8 variant the file holds it in
        byte[] rawPrivateKey = privateKey instanceof EdECPrivateKey edec
                ? edec.getBytes().orElseGet(privateKey::getEncoded) : privateKey.getEncoded();
        this.chainMac = ChainMac.derivedFrom(rawPrivateKey);
        this.snapshotSeal = SnapshotSeal.derivedFrom(rawPrivateKey);
    }

    /** The key in this file, made first if the file does not exist. */
    static HeadSigningKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the head signing key " + file + " cannot be read or made: "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the head signing key " + file + " is not an Ed25519 key pair in PEM", e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        // written aside and linked into place, so two instances starting at once end with one key
        if (SecretFiles.writeOnce(file, pem)) {
            log.info("Made a new Ed25519 key for signing chain heads in {}", file);
        } else {
            log.info("Another instance made the head signing key {} first", file);
        }
    }

    private static HeadSigningKey read(Path file) throws IOException, GeneralSecurityException {
        SecretFiles.warnIfReadableByOthers(file, "head signing key", log);
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        byte[] privateBytes = null;
        byte[] publicBytes = null;
        Matcher block = PEM.matcher(text);
        while (block.find()) {
            byte[] bytes = Base64.getMimeDecoder().decode(block.group(2));
            if (block.group(1).equals("PRIVATE KEY")) {
                privateBytes = bytes;
            } else if (block.group(1).equals("PUBLIC KEY")) {
                publicBytes = bytes;
            }
        }
        if (privateBytes == null || publicBytes == null) {
            throw new GeneralSecurityException("a PRIVATE KEY and a PUBLIC KEY block are expected");
        }
        KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
        HeadSigningKey key = new HeadSigningKey(keys.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)),
                keys.generatePublic(new X509EncodedKeySpec(publicBytes)));
        byte[] probe = "draftline".getBytes(StandardCharsets.US_ASCII);
        if (!key.verifies(probe, key.sign(probe))) {
            throw new GeneralSecurityException("its public key is not the private key's");
        }
        return key;
    }

    byte[] sign(byte[] statement) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(statement);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    boolean verifies(byte[] statement, byte[] signed) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(statement);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The MAC of the chain's links, keyed by a secret derived from this private key (no other file to keep). */
    ChainMac chainMac() {
        return chainMac;
    }

    SnapshotSeal snapshotSeal() {
        return snapshotSeal;
    }

    String keyId() {
        return keyId;
    }

    SigningKey publicKey() {
        return new SigningKey("OKP", ALGORITHM, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(rawPublicKey(publicKey)), keyId, "EdDSA", "sig",
                pem("PUBLIC KEY", publicKey.getEncoded()));
    }

    private static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, X509_PREFIX, encoded.length);
    }

    /** RFC 7638 with RFC 8037's members for an OKP key, in their lexicographic order. */
    private static String thumbprint(byte[] rawPublicKey) {
        String members = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(rawPublicKey) + "\"}";
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
