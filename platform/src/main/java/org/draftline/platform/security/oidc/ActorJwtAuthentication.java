package org.draftline.platform.security.oidc;

import org.draftline.api.actor.Actor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * A bearer token that passed its signature, issuer and time checks, with the actor its claims name. A token
 * whose claims name no actor is still authenticated (its issuer vouched for it) but holds no role, so it is
 * refused with 403 and the reason, not 401.
 */
public final class ActorJwtAuthentication extends JwtAuthenticationToken {

    private final transient ClaimsActor.Mapped mapped;

    ActorJwtAuthentication(Jwt jwt, ClaimsActor.Mapped mapped) {
        super(jwt, mapped.authorities(), jwt.getSubject());
        this.mapped = mapped;
    }

    public Optional<Actor> actor() {
        return Optional.ofNullable(mapped.actor());
    }

    ClaimsActor.Mapped mapped() {
        return mapped;
    }
}
