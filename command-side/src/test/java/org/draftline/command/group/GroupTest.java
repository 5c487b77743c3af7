package org.draftline.command.group;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.group.GroupEvent.SpokespersonMandated;
import org.draftline.api.group.MandateSpokesperson;
import org.draftline.api.rules.NegotiationRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftline.command.Refusals.violates;

/** The secretariat records who speaks for a group, and when; nobody else does. */
class GroupTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Delegation G77 = Delegation.of("G77");
    private static final Delegation ECUADOR = Delegation.of("ECU");
    private static final Delegation BOLIVIA = Delegation.of("BOL");
    private static final LocalDate JANUARY_FIRST = LocalDate.of(2017, 1, 1);
    private static final LocalDate DECEMBER_LAST = LocalDate.of(2017, 12, 31);
    private static final Actor SECRETARIAT = Actor.secretariat("pga-office");

    private AggregateTestFixture<Group> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Group.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theSecretariatRecordsWhoSpeaksForAGroup() {
        fixture.givenNoPriorActivity()
                .when(new MandateSpokesperson(G77, ECUADOR, JANUARY_FIRST, DECEMBER_LAST), SECRETARIAT.toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SpokespersonMandated(G77, ECUADOR, JANUARY_FIRST, DECEMBER_LAST, NOW));
    }

    @Test
    void aGroupTakesAMandateAfterAnother() {
        fixture.given(new SpokespersonMandated(G77, ECUADOR, JANUARY_FIRST, DECEMBER_LAST, NOW))
                .when(new MandateSpokesperson(G77, BOLIVIA, LocalDate.of(2018, 1, 1), null), SECRETARIAT.toMetaData())
                .expectEvents(new SpokespersonMandated(G77, BOLIVIA, LocalDate.of(2018, 1, 1), null, NOW));
    }

    @Test
    void cannotRecordAMandateUnlessSecretariat() {
        fixture.givenNoPriorActivity()
                .when(new MandateSpokesperson(G77, ECUADOR, JANUARY_FIRST, DECEMBER_LAST),
                        Actor.delegate("ecuador-delegate", ECUADOR).toMetaData())
                .expectException(violates(NegotiationRule.NOT_SECRETARIAT))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new MandateSpokesperson(G77, ECUADOR, JANUARY_FIRST, DECEMBER_LAST),
                        Actor.observer("ngo-observer").toMetaData())
                .expectException(violates(NegotiationRule.NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheSameMandateTwice() {
        fixture.given(new SpokespersonMandated(G77, ECUADOR, JANUARY_FIRST, DECEMBER_LAST, NOW))
                .when(new MandateSpokesperson(G77, ECUADOR, JANUARY_FIRST, DECEMBER_LAST), SECRETARIAT.toMetaData())
                .expectException(violates(NegotiationRule.MANDATE_ALREADY_RECORDED))
                .expectNoEvents();
    }

    @Test
    void aMandateEndsNoEarlierThanItBegins() {
        assertThatThrownBy(() -> new MandateSpokesperson(G77, ECUADOR, DECEMBER_LAST, JANUARY_FIRST))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("to: ");
        assertThatThrownBy(() -> new MandateSpokesperson(G77, ECUADOR, null, DECEMBER_LAST))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("from: ");
    }

    @Test
    void aMandateIsForAGroupAndNamesAnotherDelegation() {
        assertThatThrownBy(() -> new MandateSpokesperson(Delegation.of("MEX"), ECUADOR, JANUARY_FIRST, null))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("group: ");
        assertThatThrownBy(() -> new MandateSpokesperson(G77, G77, JANUARY_FIRST, null))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("delegation: ");
    }

    @Test
    void aGroupIsSpokenForByAStateNotByAnotherGroup() {
        assertThatThrownBy(() -> new MandateSpokesperson(Delegation.of("EU"), G77, JANUARY_FIRST, null))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("delegation: ");
    }
}
