package org.draftline.platform.security.oidc;

import org.draftline.api.Fields;
import org.draftline.api.InvalidValue;
import org.draftline.api.RecordableText;
import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one reading of an identity provider's claims, for bearer tokens on the API and for signing in on the
 * pages alike: the subject is the username, the configured claims name the role, the delegation of a delegate
 * and the person. Claims that name no actor Draftline knows are a refusal that says which claim is wrong.
 */
final class ClaimsActor {

    static final String INVALID_ROLE_CLAIM = "INVALID_ROLE_CLAIM";
    static final String INVALID_DELEGATION_CLAIM = "INVALID_DELEGATION_CLAIM";
    static final String INVALID_NAME_CLAIM = "INVALID_NAME_CLAIM";
    static final String INVALID_SUBJECT_CLAIM = "INVALID_SUBJECT_CLAIM";

    private final OidcProperties.Claims names;
    private final Set<String> accounts;

    /** {@code accounts}: the usernames of Draftline's own accounts, which no provider's subject may take. */
    ClaimsActor(OidcProperties properties, Set<String> accounts) {
        this.names = properties.claims();
        this.accounts = Set.copyOf(accounts);
    }

    /** The actor named by the claims, or the reason they name none. */
    record Mapped(Actor actor, String code, String refusal) {

        static Mapped refused(String code, String refusal) {
            return new Mapped(null, code, refusal);
        }

        List<GrantedAuthority> authorities() {
            return actor == null ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
        }
    }

    Mapped actorOf(String subject, ClaimAccessor claims) {
        String roleClaim = single(claims.getClaims().get(names.role()));
        Role role = roleOf(roleClaim);
        if (role == null) {
            return Mapped.refused(INVALID_ROLE_CLAIM, "The token's claim '" + names.role() + "' names no role of "
                    + "Draftline (SECRETARIAT, DELEGATE or OBSERVER): " + (roleClaim == null ? "missing" : "'" + roleClaim + "'"));
        }
        String delegationClaim = single(claims.getClaims().get(names.delegation()));
        Delegation delegation = null;
        if (role == Role.DELEGATE) {
            if (!Delegation.isKnown(delegationClaim)) {
                return Mapped.refused(INVALID_DELEGATION_CLAIM, "A delegate's token needs a known delegation code "
                        + "(e.g. MEX, G77) in its claim '" + names.delegation() + "': "
                        + (delegationClaim == null ? "missing" : "'" + delegationClaim + "'"));
            }
            delegation = Delegation.of(delegationClaim);
        } else if (delegationClaim != null && !delegationClaim.isBlank()) {
            return Mapped.refused(INVALID_DELEGATION_CLAIM, "Only a delegate acts for a delegation, but the token "
                    + "names role " + role + " and delegation '" + delegationClaim + "'");
        }
        String person;
        try {
            // recorded with every act, in text columns too: the rule of every recorded text (no NUL, no control)
            person = Fields.optionalText(single(claims.getClaims().get(names.name())), "name");
        } catch (InvalidValue unrecordable) {
            return Mapped.refused(INVALID_NAME_CLAIM, "The token's claim '" + names.name() + "' holds a character "
                    + "Draftline cannot record: " + unrecordable.getMessage());
        }
        if (person != null && person.strip().length() > Actor.LONGEST_NAME) {
            return Mapped.refused(INVALID_NAME_CLAIM, "The token's claim '" + names.name() + "' is longer than "
                    + Actor.LONGEST_NAME + " characters");
        }
        if (subject == null || subject.isBlank() || subject.length() > Actor.LONGEST_NAME
                || !recordableUsername(subject)) {
            return Mapped.refused(INVALID_SUBJECT_CLAIM, "The token's subject must name a user in at most "
                    + Actor.LONGEST_NAME + " characters, without control characters");
        }
        if (accounts.contains(subject.strip())) {
            return Mapped.refused(INVALID_SUBJECT_CLAIM, "The token's subject '" + subject.strip() + "' is the name "
                    + "of an account of Draftline's own; the record would not tell them apart");
        }
        try {
            return new Mapped(new Actor(subject.strip(), role, delegation, null, person == null ? null : person.strip()),
                    null, null);
        } catch (InvalidValue invalid) {
            return Mapped.refused(INVALID_ROLE_CLAIM, "The token names no actor Draftline can record: "
                    + invalid.getMessage());
        }
    }

    /** A username is one line of recordable text: no control character at all, not even tab or newline. */
    private static boolean recordableUsername(String subject) {
        try {
            return subject.equals(RecordableText.of(subject, "sub"))
                    && subject.codePoints().noneMatch(Character::isISOControl);
        } catch (InvalidValue unrecordable) {
            return false;
        }
    }

    private static Role roleOf(String claim) {
        if (claim == null || claim.isBlank()) {
            return null;
        }
        try {
            Role role = Role.valueOf(claim.strip().toUpperCase(Locale.ROOT));
            return role == Role.SYSTEM ? null : role;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A claim's text: a string, or a list holding exactly one (as some providers send roles). */
    private static String single(Object claim) {
        if (claim instanceof String text) {
            return text;
        }
        if (claim instanceof Collection<?> values && values.size() == 1 && values.iterator().next() instanceof String text) {
            return text;
        }
        return claim == null ? null : claim.toString();
    }
}
