package org.draftline.api.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelegationTest {

    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private static List<Delegation> ofKind(DelegationKind kind) {
        return Delegation.all().stream().filter(d -> d.kind() == kind).toList();
    }

    @Test
    void listsEveryUnMemberStateExactlyOnce() {
        assertThat(ofKind(DelegationKind.MEMBER_STATE)).hasSize(193);
    }

    @Test
    void listsTheTwoObserverStates() {
        assertThat(ofKind(DelegationKind.OBSERVER_STATE))
                .extracting(Delegation::code)
                .containsExactlyInAnyOrder("VAT", "PSE");
    }

    @Test
    void codesAreUnique() {
        List<String> codes = Delegation.all().stream().map(Delegation::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void stateCodesAreIsoAlpha3() {
        assertThat(Delegation.all().stream().filter(Delegation::isState))
                .allSatisfy(d -> {
                    assertThat(d.code()).matches("[A-Z]{3}");
                    assertThat(ISO_ALPHA3).contains(d.code());
                });
    }

    @Test
    void groupCodesCannotBeMistakenForCountries() {
        // "3 letters" alone is not the rule: OIC and EEG are 3 letters but no country's code.
        assertThat(ofKind(DelegationKind.GROUP))
                .isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.code()).matches("[A-Z0-9]+(-[A-Z0-9]+)*");
                    assertThat(ISO_ALPHA3).doesNotContain(d.code());
                    assertThat(d.isGroup()).isTrue();
                    assertThat(d.isState()).isFalse();
                });
    }

    @Test
    void namibiaIsAStateNotTheNonAlignedMovement() {
        assertThat(new Delegation("NAM").name()).isEqualTo("Namibia");
        assertThat(new Delegation("NAM").kind()).isEqualTo(DelegationKind.MEMBER_STATE);
        assertThat(new Delegation("NAM-MOVEMENT").name()).isEqualTo("Non-Aligned Movement");
    }

    @Test
    void knowsUnNames() {
        assertThat(new Delegation("MEX").name()).isEqualTo("Mexico");
        assertThat(new Delegation("GBR").name()).isEqualTo("United Kingdom of Great Britain and Northern Ireland");
        assertThat(new Delegation("CIV").name()).isEqualTo("Côte d'Ivoire");
        assertThat(new Delegation("TUR").name()).isEqualTo("Türkiye");
        assertThat(new Delegation("G77").name()).isEqualTo("Group of 77 and China");
    }

    @Test
    void normalisesCase() {
        Delegation mexico = new Delegation(" mex ");
        assertThat(mexico.code()).isEqualTo("MEX");
        assertThat(mexico).isEqualTo(Delegation.of("MEX"));
        assertThat(mexico.toString()).isEqualTo("MEX");
        assertThat(Delegation.of("eu").isGroup()).isTrue();
        assertThat(Delegation.isKnown("mex")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "TWN", "XKX", "HKG", "ESH"})
    void refusesUnknownCodes(String code) {
        assertThat(Delegation.isKnown(code)).isFalse();
        assertThatThrownBy(() -> new Delegation(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("delegation: unknown code '" + code + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesBlank(String code) {
        assertThat(Delegation.isKnown(code)).isFalse();
        assertThatThrownBy(() -> new Delegation(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delegation: required");
    }

    @Test
    void refusesNull() {
        assertThat(Delegation.isKnown(null)).isFalse();
        assertThatThrownBy(() -> Delegation.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delegation: required");
    }
}
