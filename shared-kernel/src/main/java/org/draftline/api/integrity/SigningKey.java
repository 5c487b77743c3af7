package org.draftline.api.integrity;

/**
 * The Ed25519 public key that signs chain heads, as a JWK (RFC 8037) with its PEM beside it.
 *
 * @param kty "OKP"
 * @param crv "Ed25519"
 * @param x   the 32-byte public key, base64url without padding
 * @param kid the key's RFC 7638 thumbprint, the {@code keyId} of every signed head
 * @param alg "EdDSA"
 * @param use "sig"
 * @param pem the X.509 SubjectPublicKeyInfo as {@code -----BEGIN PUBLIC KEY-----}
 */
public record SigningKey(String kty, String crv, String x, String kid, String alg, String use, String pem) {
}
