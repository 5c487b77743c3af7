package org.draftline.web.document;

import org.draftline.api.Deadline;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.DocumentKind;
import org.draftline.api.document.Stage;
import org.draftline.api.document.Visibility;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.status.DeadlineView;
import org.draftline.api.status.DocumentStatus;
import org.draftline.api.status.SilenceView;
import org.draftline.web.PageSlice;
import org.draftline.web.Problem;
import org.draftline.web.Reading;
import org.draftline.web.TypedValues;
import org.draftline.web.Views;
import org.draftline.web.catchup.RereadingBanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The confirmation step in a slice of Spring MVC: it says what an irreversible act will do with every typed word
 * in hidden fields, names a field the act would refuse before anything is sent, and says when the act is no
 * longer offered (judged by the clock). The read models are a stand-in; nothing is sent from here.
 */
@WebMvcTest(controllers = ConfirmationController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Views.class)
class ConfirmationControllerTest {

    private static final Actor MEXICO = Actor.delegate("mexico", Delegation.of("MEX"));
    private static final Instant NOW = Instant.parse("2026-06-05T18:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Reading reading;

    @MockitoBean
    private RereadingBanner rereading;

    @BeforeEach
    void nothingBeingReread() {
        when(rereading.text()).thenReturn(Optional.empty());
    }

    @Test
    void breakingSilenceShowsWhatItDoesAndKeepsEveryWordForTheConfirmation() throws Exception {
        when(reading.document(eq("gpa-2017"), isNull())).thenReturn(underSilenceUntil(NOW.plus(Duration.ofDays(1))));

        MvcResult result = mvc.perform(post("/documents/gpa-2017/confirm/break-silence")
                        .principal(PageSlice.signedIn(MEXICO))
                        .param("reason", "OP5 goes too far, for us")
                        .param("paragraph", "OP5").param("action", "AMEND")
                        .param("proposalText", "to read: encourage, where appropriate, States"))
                .andExpect(status().isOk()).andExpect(view().name("confirm"))
                .andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("Break the silence on Rev.1?", "Confirm: break silence",
                "OP5 goes too far, for us", "the procedure counts as broken for everyone");
        assertThat(result.getModelAndView().getModel()).containsEntry("offered", true)
                .containsEntry("action", "/documents/gpa-2017/silence/breaks");
        @SuppressWarnings("unchecked")
        List<java.util.Map.Entry<String, String>> hidden =
                (List<java.util.Map.Entry<String, String>>) result.getModelAndView().getModel().get("hidden");
        assertThat(hidden).contains(java.util.Map.entry("proposalText", "to read: encourage, where appropriate, States"),
                java.util.Map.entry("paragraph", "OP5"));
    }

    @Test
    void aSilenceWhoseDeadlineHasPassedIsNoLongerOfferedAndSaysSo() throws Exception {
        when(reading.document(eq("gpa-2017"), isNull())).thenReturn(underSilenceUntil(NOW.minusSeconds(5)));

        MvcResult result = mvc.perform(post("/documents/gpa-2017/confirm/break-silence")
                        .principal(PageSlice.signedIn(MEXICO)).param("reason", "too late"))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(result.getModelAndView().getModel()).containsEntry("offered", false);
        assertThat(result.getResponse().getContentAsString()).contains("No longer offered.", "too late")
                .doesNotContain("Confirm: break silence");
    }

    @Test
    void aFieldTheActWouldRefuseIsNamedBeforeAnythingIsAsked() throws Exception {
        when(reading.document(eq("gpa-2017"), isNull())).thenReturn(underSilenceUntil(NOW.plus(Duration.ofDays(1))));

        MvcResult result = mvc.perform(post("/documents/gpa-2017/confirm/break-silence")
                        .principal(PageSlice.signedIn(MEXICO)).param("reason", "no")
                        .param("onBehalfOf", "NOT-A-GROUP"))
                .andExpect(redirectedUrl("/documents/gpa-2017#break-silence"))
                .andReturn();

        Problem problem = (Problem) result.getFlashMap().get("problem");
        assertThat(problem.field()).isEqualTo("onBehalfOf");
        assertThat(((TypedValues) result.getFlashMap().get("values")).first("reason")).isEqualTo("no");
    }

    @Test
    void goingBackReturnsToTheFormWithEveryWord() throws Exception {
        MvcResult result = mvc.perform(post("/documents/gpa-2017/confirm/withdraw/change")
                        .principal(PageSlice.signedIn(MEXICO)).param("reason", "merged, with another text"))
                .andExpect(redirectedUrl("/documents/gpa-2017#withdraw"))
                .andReturn();

        assertThat(((TypedValues) result.getFlashMap().get("values")).first("reason"))
                .isEqualTo("merged, with another text");
    }

    @Test
    void anActThatDoesNotAskFirstHasNoConfirmation() throws Exception {
        mvc.perform(post("/documents/gpa-2017/confirm/meeting").principal(PageSlice.signedIn(MEXICO)))
                .andExpect(status().isNotFound());
    }

    private static DocumentStatus underSilenceUntil(Instant deadline) {
        SilenceView silence = new SilenceView(1, DraftLabel.revision(1), true,
                DeadlineView.of("SILENCE", new Deadline(deadline, ZoneId.of("America/New_York")), NOW), 0, List.of(),
                null, NOW.minus(Duration.ofDays(2)), null);
        return new DocumentStatus(DocumentId.of("gpa-2017"), "Political declaration", DocumentKind.DECLARATION,
                "General Assembly", null, null, Stage.UNDER_SILENCE, DraftLabel.revision(1), "Rev.1", null,
                List.of(new CoFacilitator(Delegation.of("BEL"), null), new CoFacilitator(Delegation.of("QAT"), null)),
                null, silence, null, null, Instant.EPOCH, Instant.EPOCH, 5, Visibility.PUBLIC);
    }
}
