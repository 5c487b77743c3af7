package org.draftline.platform.security.oidc;

import org.draftline.api.actor.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.util.Collection;

/** A person signed in on the pages through an identity provider, with the actor the provider's claims name. */
public final class ActorOidcUser extends DefaultOidcUser {

    private final Actor actor;

    ActorOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                  Actor actor) {
        super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
