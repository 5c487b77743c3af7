package org.draftline.platform.security.oidc;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Bearer tokens are accepted where the provider's issuer or its key set is configured, and only there. */
class IdentityProviderConfigured extends AnyNestedCondition {

    IdentityProviderConfigured() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
    static class Issuer {
    }

    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
    static class KeySet {
    }
}
