package org.draftline.platform.security.oidc;

import org.draftline.api.actor.Actor;
import org.draftline.api.actor.Role;
import org.draftline.api.delegation.Delegation;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.ClaimAccessor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the claims of a provider's token become the actor, or a refusal naming the claim. */
class ClaimsActorTest {

    private final ClaimsActor defaults = new ClaimsActor(new OidcProperties(null), Set.of("secretariat", "mexico"));

    private static ClaimAccessor claims(Map<String, Object> claims) {
        return () -> claims;
    }

    @Test
    void aDelegatesClaimsNameTheDelegationAndThePerson() {
        ClaimsActor.Mapped mapped = defaults.actorOf("a1b2", claims(Map.of("draftline_role", "delegate",
                "draftline_delegation", "mex", "name", "H.E. Ms. Anne Dupont")));

        assertThat(mapped.actor()).isEqualTo(new Actor("a1b2", Role.DELEGATE, Delegation.of("MEX"), null,
                "H.E. Ms. Anne Dupont"));
        assertThat(mapped.authorities()).extracting(Object::toString).containsExactly("ROLE_DELEGATE");
    }

    @Test
    void aRoleGivenAsAListOfOneIsRead() {
        assertThat(defaults.actorOf("s", claims(Map.of("draftline_role", List.of("SECRETARIAT")))).actor().role())
                .isEqualTo(Role.SECRETARIAT);
    }

    @Test
    void theClaimsNamesAreSettings() {
        ClaimsActor custom = new ClaimsActor(new OidcProperties(new OidcProperties.Claims("role", "mission", "display")),
                Set.of());

        Actor actor = custom.actorOf("s", claims(Map.of("role", "DELEGATE", "mission", "G77", "display", "Chair")))
                .actor();

        assertThat(actor.delegation()).isEqualTo(Delegation.of("G77"));
        assertThat(actor.person()).isEqualTo("Chair");
    }

    @Test
    void cannotActUnderTheNameOfAnAccountOfDraftline() {
        // the record would not tell the provider's user from the account, and they would share idempotency keys
        for (String subject : List.of("secretariat", "mexico")) {
            ClaimsActor.Mapped mapped = defaults.actorOf(subject, claims(Map.of("draftline_role", "DELEGATE",
                    "draftline_delegation", "MEX")));
            assertThat(mapped.actor()).as(subject).isNull();
            assertThat(mapped.code()).as(subject).isEqualTo(ClaimsActor.INVALID_SUBJECT_CLAIM);
            assertThat(mapped.refusal()).as(subject).contains("account");
        }
    }

    @Test
    void cannotActWithoutARoleOfDraftline() {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of(), Map.of("draftline_role", "SYSTEM"),
                Map.of("draftline_role", "PRESIDENT"), Map.of("draftline_role", List.of("DELEGATE", "SECRETARIAT")),
                Map.of("draftline_role", 7))) {
            ClaimsActor.Mapped mapped = defaults.actorOf("s", claims(claims));
            assertThat(mapped.actor()).as(claims.toString()).isNull();
            assertThat(mapped.code()).as(claims.toString()).isEqualTo(ClaimsActor.INVALID_ROLE_CLAIM);
            assertThat(mapped.authorities()).isEmpty();
        }
    }

    @Test
    void cannotActAsADelegateWithoutAKnownDelegationNorForOneInAnotherRole() {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of("draftline_role", "DELEGATE"),
                Map.of("draftline_role", "DELEGATE", "draftline_delegation", "ATLANTIS"),
                Map.of("draftline_role", "OBSERVER", "draftline_delegation", "MEX"))) {
            assertThat(defaults.actorOf("s", claims(claims)).code()).as(claims.toString())
                    .isEqualTo(ClaimsActor.INVALID_DELEGATION_CLAIM);
        }
    }

    @Test
    void cannotActWithANameLongerThanTheRecordKeeps() {
        assertThat(defaults.actorOf("s", claims(Map.of("draftline_role", "OBSERVER", "name", "x".repeat(201))))
                .code()).isEqualTo(ClaimsActor.INVALID_NAME_CLAIM);
        assertThat(defaults.actorOf("s", claims(Map.of("draftline_role", "OBSERVER", "name", "x".repeat(200))))
                .actor()).isNotNull();
    }

    @Test
    void cannotActWithoutASubject() {
        assertThat(defaults.actorOf(null, claims(Map.of("draftline_role", "OBSERVER"))).code())
                .isEqualTo(ClaimsActor.INVALID_SUBJECT_CLAIM);
    }

    /**
     * A NUL or another control character in a provider's name or subject was recorded with the act, and
     * PostgreSQL's text columns cannot hold a NUL: the audit trail of the document parked every later event.
     */
    @Test
    void cannotActWithANameOrSubjectTheRecordCannotKeep() {
        for (String name : List.of("Anne\u0000Dupont", "Anne\u0007Dupont", "Anne\u001b[31mDupont", "Anne\uD800")) {
            ClaimsActor.Mapped mapped = defaults.actorOf("s", claims(Map.of("draftline_role", "DELEGATE",
                    "draftline_delegation", "MEX", "name", name)));
            assertThat(mapped.actor()).as(name).isNull();
            assertThat(mapped.code()).as(name).isEqualTo(ClaimsActor.INVALID_NAME_CLAIM);
        }
        for (String subject : List.of("u\u0000x", "u\nx", "u\tx", "u\u0085x", "u\uFFFEx")) {
            ClaimsActor.Mapped mapped = defaults.actorOf(subject, claims(Map.of("draftline_role", "OBSERVER")));
            assertThat(mapped.actor()).as(subject).isNull();
            assertThat(mapped.code()).as(subject).isEqualTo(ClaimsActor.INVALID_SUBJECT_CLAIM);
        }
        assertThat(defaults.actorOf("s", claims(Map.of("draftline_role", "OBSERVER", "name", "Ana Mari\u0301a")))
                .actor().person()).as("kept in NFC, as every recorded text").isEqualTo("Ana Mar\u00eda");
    }
}
