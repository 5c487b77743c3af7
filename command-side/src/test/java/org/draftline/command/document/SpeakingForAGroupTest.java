package org.draftline.command.document;

import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.DocumentEvent.InputSubmitted;
import org.draftline.api.document.DocumentEvent.SilenceBroken;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.group.GroupEvent.SpokespersonMandated;
import org.draftline.api.silence.BreakSilence;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.draftline.api.rules.NegotiationRule.NOT_MANDATED_FOR_GROUP;
import static org.draftline.command.document.Negotiation.*;

/**
 * A statement on behalf of a group is made only by the group's own delegation or by a delegation whose
 * mandate covers the day of the act (a day in UTC), as the Group aggregate's events record it.
 */
class SpeakingForAGroupTest {

    private static final Delegation EU = Delegation.of("EU");
    private static final Actor EU_DELEGATE = Actor.delegate("eu-delegate", EU).recordedBy("pga-office");

    private static SubmitInput ecuadorForG77(Instant at) {
        return new SubmitInput(DOCUMENT, DraftLabel.ZERO, ECUADOR, G77, "On behalf of the Group of 77 and China",
                List.of(), at);
    }

    private static InputSubmitted ecuadorSpokeForG77(Instant at) {
        return new InputSubmitted(DOCUMENT, DraftLabel.ZERO, ECUADOR, G77, "On behalf of the Group of 77 and China",
                List.of(), at);
    }

    private static SpokespersonMandated mandate(Delegation group, Delegation delegation, String from, String to) {
        return new SpokespersonMandated(group, delegation, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                REGISTERED_AT);
    }

    @Test
    void canSubmitInputForAGroupWithinItsMandate() {
        fixture(mandate(G77, ECUADOR, "2017-01-01", "2017-12-31"))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(day(12)), as(ECUADOR_DELEGATE))
                .expectEvents(ecuadorSpokeForG77(day(12)));
    }

    @Test
    void cannotSubmitInputForAGroupWithoutAMandate() {
        fixture()
                .given(registered(), appointed(), zeroDraft())
                .when(new SubmitInput(DOCUMENT, DraftLabel.ZERO, MEXICO, EU, "For the European Union", List.of(),
                        day(12)), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputForAGroupOnTheMandateOfAnotherDelegation() {
        fixture(mandate(G77, MEXICO, "2017-01-01", "2017-12-31"))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(day(12)), as(ECUADOR_DELEGATE))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitInputForAGroupOutsideItsMandatesDates() {
        fixture(mandate(G77, ECUADOR, "2016-01-01", "2016-12-31"), mandate(G77, ECUADOR, "2018-01-01", null))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(day(12)), as(ECUADOR_DELEGATE))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
    }

    @Test
    void aMandateCoversItsFirstAndLastDayWhole() {
        Instant firstMoment = Instant.parse("2017-03-12T00:00:00Z");
        Instant lastMoment = Instant.parse("2017-03-12T23:59:59Z");
        SpokespersonMandated oneDay = mandate(G77, ECUADOR, "2017-03-12", "2017-03-12");
        fixture(oneDay).given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(firstMoment), as(ECUADOR_DELEGATE))
                .expectEvents(ecuadorSpokeForG77(firstMoment));
        fixture(oneDay).given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(lastMoment), as(ECUADOR_DELEGATE))
                .expectEvents(ecuadorSpokeForG77(lastMoment));
    }

    @Test
    void aMandateEndsWithItsLastDayInUtc() {
        fixture(mandate(G77, ECUADOR, "2017-01-01", "2017-03-12"))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(Instant.parse("2017-03-13T00:00:00Z")), as(ECUADOR_DELEGATE))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
    }

    @Test
    void anOpenEndedMandateCoversEveryLaterDay() {
        fixture(mandate(G77, ECUADOR, "2017-03-01", null))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(day(12)), as(ECUADOR_DELEGATE))
                .expectEvents(ecuadorSpokeForG77(day(12)));
    }

    @Test
    void aGroupsOwnDelegationAlwaysSpeaksForIt() {
        fixture()
                .given(registered(), appointed(), zeroDraft())
                .when(new SubmitInput(DOCUMENT, DraftLabel.ZERO, EU, EU, "The European Union", List.of(), day(12)),
                        as(EU_DELEGATE))
                .expectEvents(new InputSubmitted(DOCUMENT, DraftLabel.ZERO, EU, EU, "The European Union", List.of(),
                        day(12)));
    }

    @Test
    void aLiveStatementIsJudgedOnTheDayItIsReceived() {
        Actor ecuadorLive = Actor.delegate("ecuador-delegate", ECUADOR);
        Instant received = NOW;
        fixture(mandate(G77, ECUADOR, "2026-11-29", "2026-11-29"))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(null), as(ecuadorLive))
                .expectEvents(ecuadorSpokeForG77(received));
        fixture(mandate(G77, ECUADOR, "2026-11-30", null))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(null), as(ecuadorLive))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
    }

    /**
     * A delegation may date its own act up to 10 minutes back, but the mandate is judged, as a live deadline is,
     * at the act's receipt too: Ecuador's chair ended on 29 November, and a statement received five minutes into
     * 30 November (UTC) is not made for the group by dating it 23:58 the day before.
     */
    @Test
    void aStatementDatedBackIntoAnEndedMandateIsJudgedAtItsReceiptToo() {
        Instant received = Instant.parse("2026-11-30T00:05:00Z");
        Instant datedBack = Instant.parse("2026-11-29T23:58:00Z");
        Actor ecuadorLive = Actor.delegate("ecuador-delegate", ECUADOR);
        fixtureReceivingAt(received, mandate(G77, ECUADOR, "2026-01-01", "2026-11-29"))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(datedBack), as(ecuadorLive))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
        fixtureReceivingAt(received, mandate(G77, ECUADOR, "2026-01-01", "2026-11-29"))
                .given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, ECUADOR, G77, "OP3 omits migrants", List.of(), datedBack),
                        as(ecuadorLive))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
        // the secretariat recording the same statement for Ecuador is history, judged at its date
        fixtureReceivingAt(received, mandate(G77, ECUADOR, "2026-01-01", "2026-11-29"))
                .given(registered(), appointed(), zeroDraft())
                .when(ecuadorForG77(datedBack), as(Actor.delegate("ecuador-delegate", ECUADOR).recordedBy("pga-office")))
                .expectEvents(ecuadorSpokeForG77(datedBack));
    }

    private static AggregateTestFixture<NegotiatedDocument> fixtureReceivingAt(Instant now,
                                                                              SpokespersonMandated... mandates) {
        AggregateTestFixture<NegotiatedDocument> fixture = new AggregateTestFixture<>(NegotiatedDocument.class);
        fixture.registerInjectableResource(new Timekeeper(Clock.fixed(now, ZoneOffset.UTC), GRACE, MINIMUM_NOTICE));
        fixture.registerInjectableResource(groupsRecording(mandates));
        return fixture;
    }

    @Test
    void canBreakSilenceForAGroupWithinItsMandate() {
        fixture(mandate(G77, ECUADOR, "2017-01-01", "2017-12-31"))
                .given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, ECUADOR, G77, "OP3 omits migrants", List.of(), day(32)),
                        as(ECUADOR_DELEGATE))
                .expectEvents(new SilenceBroken(DOCUMENT, 1, ECUADOR, G77, "OP3 omits migrants", List.of(), day(32)));
    }

    @Test
    void cannotBreakSilenceForAGroupWithoutAMandate() {
        fixture()
                .given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, MEXICO, EU, "For the European Union", List.of(), day(32)),
                        as(MEXICO_DELEGATE))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
    }

    @Test
    void cannotBreakSilenceForAGroupOutsideItsMandatesDates() {
        fixture(mandate(G77, ECUADOR, "2017-01-01", "2017-03-31"))
                .given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, ECUADOR, G77, "OP3 omits migrants", List.of(), day(32)),
                        as(ECUADOR_DELEGATE))
                .expectException(violates(NOT_MANDATED_FOR_GROUP))
                .expectNoEvents();
    }

    @Test
    void aGroupsOwnDelegationBreaksSilenceForIt() {
        fixture()
                .given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new BreakSilence(DOCUMENT, EU, EU, "The European Union objects", List.of(), day(32)),
                        as(EU_DELEGATE))
                .expectEvents(new SilenceBroken(DOCUMENT, 1, EU, EU, "The European Union objects", List.of(),
                        day(32)));
    }
}
