package org.draftline.platform.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which claims of an identity provider's tokens name the role, the delegation and the person:
 * {@code draftline.oidc.claims.role}, {@code .delegation} and {@code .name}.
 */
@ConfigurationProperties("draftline.oidc")
public record OidcProperties(Claims claims) {

    public OidcProperties {
        claims = claims == null ? new Claims(null, null, null) : claims;
    }

    public record Claims(String role, String delegation, String name) {

        public Claims {
            role = role == null || role.isBlank() ? "draftline_role" : role.strip();
            delegation = delegation == null || delegation.isBlank() ? "draftline_delegation" : delegation.strip();
            name = name == null || name.isBlank() ? "name" : name.strip();
        }
    }
}
