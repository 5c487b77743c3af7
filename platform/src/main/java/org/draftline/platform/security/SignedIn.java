package org.draftline.platform.security;

import org.draftline.api.actor.Actor;
import org.draftline.platform.security.oidc.ActorJwtAuthentication;
import org.draftline.platform.security.oidc.ActorOidcUser;
import org.springframework.security.core.Authentication;

import java.util.Optional;

/** The actor behind an authentication, for code that is handed one (pages, live updates). */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<Actor> actor(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Accounts.AccountUser user) {
            return Optional.of(user.actor());
        }
        if (authentication instanceof ActorJwtAuthentication token) {
            return token.actor();
        }
        if (authentication != null && authentication.getPrincipal() instanceof ActorOidcUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }
}
