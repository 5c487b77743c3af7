package org.draftline.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.draftline.api.document.ChangeVisibility;
import org.draftline.api.document.DocumentEvent.DocumentAdopted;
import org.draftline.api.document.DocumentEvent.DocumentRegistered;
import org.draftline.api.document.DocumentEvent.SilenceConcluded;
import org.draftline.api.document.DocumentEvent.VisibilityChanged;
import org.draftline.api.document.AdoptionMethod;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.RegisterDocument;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.silence.SilenceOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.draftline.api.rules.NegotiationRule.*;
import static org.draftline.command.document.Negotiation.*;

class VisibilityTest {

    private AggregateTestFixture<NegotiatedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static DocumentRegistered registeredForMembers() {
        return new DocumentRegistered(DOCUMENT, "Political declaration on the Global Plan of Action",
                DocumentKind.DECLARATION, "General Assembly", "71", "GA resolution 71/287", REGISTERED_AT,
                Visibility.MEMBERS);
    }

    @Test
    void aDocumentIsPublicUnlessRegisteredOtherwise() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDocument(DOCUMENT, "Political declaration on the Global Plan of Action",
                        DocumentKind.DECLARATION, "General Assembly", "71", "GA resolution 71/287", REGISTERED_AT,
                        null), as(SECRETARIAT))
                .expectEvents(registered());
    }

    @Test
    void canRegisterADocumentForMembersOnly() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDocument(DOCUMENT, "Political declaration on the Global Plan of Action",
                        DocumentKind.DECLARATION, "General Assembly", "71", "GA resolution 71/287", REGISTERED_AT,
                        Visibility.MEMBERS), as(SECRETARIAT))
                .expectEvents(registeredForMembers());
    }

    @Test
    void secretariatCanKeepAPublicDocumentToMembers() {
        fixture.given(registered(), appointed())
                .when(new ChangeVisibility(DOCUMENT, Visibility.MEMBERS, day(2)), as(SECRETARIAT))
                .expectResultMessagePayload(2L)
                .expectEvents(new VisibilityChanged(DOCUMENT, Visibility.PUBLIC, Visibility.MEMBERS, day(2)));
    }

    @Test
    void secretariatCanOpenAMembersOnlyDocumentToThePublic() {
        fixture.given(registeredForMembers())
                .when(new ChangeVisibility(DOCUMENT, Visibility.PUBLIC, day(2)), as(SECRETARIAT))
                .expectEvents(new VisibilityChanged(DOCUMENT, Visibility.MEMBERS, Visibility.PUBLIC, day(2)));
    }

    @Test
    void theLatestChangeDecidesWhatTheSameValueIs() {
        fixture.given(registered(), new VisibilityChanged(DOCUMENT, Visibility.PUBLIC, Visibility.MEMBERS, day(1)))
                .when(new ChangeVisibility(DOCUMENT, Visibility.MEMBERS, day(2)), as(SECRETARIAT))
                .expectException(violates(SAME_VISIBILITY))
                .expectNoEvents();
    }

    @Test
    void cannotSetTheVisibilityTheDocumentAlreadyHas() {
        fixture.given(registered())
                .when(new ChangeVisibility(DOCUMENT, Visibility.PUBLIC, day(2)), as(SECRETARIAT))
                .expectException(violates(SAME_VISIBILITY))
                .expectNoEvents();
    }

    @Test
    void cannotChangeVisibilityAsACoFacilitator() {
        fixture.given(registered(), appointed())
                .when(new ChangeVisibility(DOCUMENT, Visibility.MEMBERS, day(2)), as(CO_FACILITATOR))
                .expectException(violates(NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void cannotChangeVisibilityAsADelegateOrAnObserver() {
        fixture.given(registered())
                .when(new ChangeVisibility(DOCUMENT, Visibility.MEMBERS, null), as(MEXICO_DELEGATE))
                .expectException(violates(NOT_SECRETARIAT))
                .expectNoEvents();
        fixture.given(registered())
                .when(new ChangeVisibility(DOCUMENT, Visibility.MEMBERS, null), as(OBSERVER))
                .expectException(violates(NOT_SECRETARIAT))
                .expectNoEvents();
    }

    @Test
    void cannotDateAVisibilityChangeBeforeTheLastStep() {
        fixture.given(registered(), appointed())
                .when(new ChangeVisibility(DOCUMENT, Visibility.MEMBERS, REGISTERED_AT), as(SECRETARIAT))
                .expectException(violates(OCCURRED_BEFORE_LAST_STEP))
                .expectNoEvents();
    }

    @Test
    void aChangeAfterASilenceDeadlineRecordsTheSilenceEndFirst() {
        fixture.given(registered(), appointed(), zeroDraft(), rev1(), silenceOnRev1())
                .when(new ChangeVisibility(DOCUMENT, Visibility.MEMBERS, day(40)), as(SECRETARIAT))
                .expectEvents(new SilenceConcluded(DOCUMENT, 1, SilenceOutcome.PASSED, List.of(), day(33)),
                        new VisibilityChanged(DOCUMENT, Visibility.PUBLIC, Visibility.MEMBERS, day(40)));
    }

    @Test
    void canOpenAnAdoptedDocumentToThePublic() {
        DocumentAdopted adopted = new DocumentAdopted(DOCUMENT, "A/RES/71/287", LocalDate.of(2017, 9, 27),
                AdoptionMethod.WITHOUT_A_VOTE, null, null, DraftLabel.finalDraft(1), day(60));
        fixture.given(registeredForMembers(), appointed(), zeroDraft(), finalDraft(day(40)), consensus(day(50)),
                        adopted)
                .when(new ChangeVisibility(DOCUMENT, Visibility.PUBLIC, day(70)), as(SECRETARIAT))
                .expectEvents(new VisibilityChanged(DOCUMENT, Visibility.MEMBERS, Visibility.PUBLIC, day(70)));
    }
}
