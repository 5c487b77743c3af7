package org.draftline.web.document;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.actor.Actor;
import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.AppointCoFacilitators;
import org.draftline.api.document.ReplaceCoFacilitators;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.draftline.api.draft.SubmitInput;
import org.draftline.api.progress.AwaitProjections;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.acting.Acting;
import org.draftline.web.PageSlice;
import org.draftline.web.Problem;
import org.draftline.web.TypedValues;
import org.draftline.web.catchup.RereadingBanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The document page's forms in a slice of Spring MVC: each binds its form object, sends the command the API
 * would through the one {@link Acting}, waits for the read models, and comes back with a notice or with the
 * refusal beside the form and every typed word. The command bus and the read models are stand-ins.
 */
@WebMvcTest(controllers = DocumentActionsController.class)
@AutoConfigureMockMvc(addFilters = false)
class DocumentActionsControllerTest {

    private static final Actor MEXICO = Actor.delegate("mexico", Delegation.of("MEX"));

    @TestConfiguration
    static class RealActing {
        @Bean
        Acting acting(CommandGateway commands, QueryGateway queries) {
            return new Acting(commands, queries, Duration.ofMillis(200));
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private QueryGateway queries;

    @MockitoBean
    private RereadingBanner rereading;

    @BeforeEach
    void readModelsKeepUp() {
        when(rereading.text()).thenReturn(Optional.empty());
        when(queries.query(any(AwaitProjections.class), eq(Boolean.class)))
                .thenReturn(CompletableFuture.completedFuture(true));
    }

    @Test
    void anInputIsSentAsTheSignedInDelegationWithAProposalSentOnceKeptWholeAtItsCommas() throws Exception {
        when(commands.sendAndWait(any(CommandMessage.class))).thenReturn(7L);

        mvc.perform(post("/documents/gpa-2017/inputs").principal(PageSlice.signedIn(MEXICO))
                        .param("onDraft", "rev1").param("comments", "Line one\r\nline two")
                        .param("paragraph", "OP3").param("action", "AMEND")
                        .param("proposalText", "to read: prevent, protect and prosecute"))
                .andExpect(redirectedUrl("/documents/gpa-2017?acted=7"));

        SubmitInput input = (SubmitInput) sent().get(0).getPayload();
        assertThat(input.delegation()).isEqualTo(Delegation.of("MEX"));
        assertThat(input.onDraft()).isEqualTo(DraftLabel.revision(1));
        assertThat(input.comments()).isEqualTo("Line one\nline two");
        assertThat(input.proposals()).containsExactly(new Proposal("OP3", ProposalAction.AMEND,
                "to read: prevent, protect and prosecute"));
        assertThat(sent().get(0).getMetaData()).containsEntry("actor", "mexico");
        verify(queries).query(any(AwaitProjections.class), eq(Boolean.class));
    }

    @Test
    void aRuleThatRefusesTheActComesBackBesideTheFormWithEveryWordTyped() throws Exception {
        when(commands.sendAndWait(any(CommandMessage.class))).thenThrow(new RuleViolation(
                NegotiationRule.DRAFT_SUPERSEDED, "input on Rev.1 is no longer taken: Rev.2 is the current text"));

        MvcResult result = mvc.perform(post("/documents/gpa-2017/inputs").principal(PageSlice.signedIn(MEXICO))
                        .param("onDraft", "rev1").param("comments", "Keep, please, every word")
                        .param("paragraph", "PP2").param("action", "DELETE").param("proposalText", ""))
                .andExpect(redirectedUrl("/documents/gpa-2017#input"))
                .andReturn();

        assertThat(result.getFlashMap().get("problem")).isEqualTo(new Problem("input", "", "DRAFT_SUPERSEDED",
                "A newer draft has been circulated since: input answers the current draft. Input on Rev.1 is no longer "
                        + "taken: Rev.2 is the current text."));
        TypedValues typed = (TypedValues) result.getFlashMap().get("values");
        assertThat(typed.first("comments")).isEqualTo("Keep, please, every word");
        assertThat(typed.all("paragraph")).containsExactly("PP2");
        verify(queries, never()).query(any(AwaitProjections.class), eq(Boolean.class));
    }

    @Test
    void aFieldTheCommandRefusesIsNamedAndNothingIsSent() throws Exception {
        MvcResult result = mvc.perform(post("/documents/gpa-2017/silence").principal(PageSlice.signedIn(MEXICO))
                        .param("deadline", "not a time").param("deadlineZone", "America/New_York"))
                .andExpect(redirectedUrl("/documents/gpa-2017#start-silence"))
                .andReturn();

        Problem problem = (Problem) result.getFlashMap().get("problem");
        assertThat(problem.form()).isEqualTo("start-silence");
        assertThat(problem.field()).isEqualTo("deadline");
        assertThat(problem.code()).isEmpty();
        verify(commands, never()).sendAndWait(any(CommandMessage.class));
    }

    @Test
    void onlyADelegateActsForADelegation() throws Exception {
        MvcResult result = mvc.perform(post("/documents/gpa-2017/silence/breaks")
                        .principal(PageSlice.signedIn(Actor.secretariat("secretariat"))).param("reason", "no"))
                .andExpect(redirectedUrl("/documents/gpa-2017#break-silence"))
                .andReturn();

        assertThat(((Problem) result.getFlashMap().get("problem")).code()).isEqualTo("NOT_A_DELEGATE");
        verify(commands, never()).sendAndWait(any(CommandMessage.class));
    }

    @Test
    void coFacilitatorsAlreadyAppointedAreReplacedKeepingTheRepresentatives() throws Exception {
        when(commands.sendAndWait(any(CommandMessage.class)))
                .thenThrow(new RuleViolation(NegotiationRule.CO_FACILITATORS_ALREADY_APPOINTED, "appointed"))
                .thenReturn(4L);

        mvc.perform(post("/documents/gpa-2017/co-facilitators")
                        .principal(PageSlice.signedIn(Actor.secretariat("secretariat")))
                        .param("delegation", "BEL", "").param("representative", "Ambassador A, Belgium", "")
                        .param("letter", "Letter of 1 May"))
                .andExpect(redirectedUrl("/documents/gpa-2017?acted=4"));

        List<CommandMessage<?>> sent = sent(2);
        assertThat(sent.get(0).getPayload()).isInstanceOf(AppointCoFacilitators.class);
        ReplaceCoFacilitators replace = (ReplaceCoFacilitators) sent.get(1).getPayload();
        assertThat(replace.coFacilitators()).singleElement().satisfies(c -> {
            assertThat(c.delegation()).isEqualTo(Delegation.of("BEL"));
            assertThat(c.representative()).isEqualTo("Ambassador A, Belgium");
        });
        assertThat(replace.letter()).isEqualTo("Letter of 1 May");
    }

    private List<CommandMessage<?>> sent() {
        return sent(1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<CommandMessage<?>> sent(int times) {
        ArgumentCaptor<CommandMessage> captor = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands, times(times)).sendAndWait(captor.capture());
        return (List) captor.getAllValues();
    }
}
