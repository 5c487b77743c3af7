package org.draftline.query.redline;

import org.draftline.api.compilation.TakeUp;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TakeUpJudgeTest {

    private static final TakeUpJudge REV_1 = new TakeUpJudge(DraftText.parse(TwoVersions.ZERO_DRAFT),
            DraftText.parse(TwoVersions.REV_1));

    private static TakeUp judge(String paragraph, ProposalAction action, String text) {
        return REV_1.judge(new Proposal(paragraph, action, text));
    }

    @Test
    void anAmendmentTakenWordForWordIsReflected() {
        assertThat(judge("OP2", ProposalAction.AMEND, TwoVersions.MEXICO_ON_OP2)).isEqualTo(TakeUp.REFLECTED);
        assertThat(judge("PP3", ProposalAction.AMEND, TwoVersions.ECUADOR_ON_PP3)).isEqualTo(TakeUp.REFLECTED);
    }

    @Test
    void anAmendmentTakenInPartIsPartlyReflected() {
        assertThat(judge("OP3", ProposalAction.AMEND, TwoVersions.MEXICO_ON_OP3)).isEqualTo(TakeUp.PARTLY_REFLECTED);
    }

    @Test
    void anAmendmentTheRevisionIgnoredIsNotReflected() {
        assertThat(judge("OP5", ProposalAction.AMEND, TwoVersions.EU_ON_OP5)).isEqualTo(TakeUp.NOT_REFLECTED);
    }

    @Test
    void anAmendmentToAParagraphThatDisappearedIsSuperseded() {
        assertThat(judge("OP4", ProposalAction.AMEND, TwoVersions.EU_ON_OP4)).isEqualTo(TakeUp.SUPERSEDED);
    }

    @Test
    void anInsertionFoundInTheRevisionIsReflected() {
        assertThat(judge("OP4", ProposalAction.INSERT_AFTER, TwoVersions.G77_AFTER_OP4)).isEqualTo(TakeUp.REFLECTED);
    }

    @Test
    void anInsertionNowhereInTheRevisionIsNotReflected() {
        assertThat(judge("OP6", ProposalAction.INSERT_AFTER, "Decides to remain seized of the matter."))
                .isEqualTo(TakeUp.NOT_REFLECTED);
    }

    @Test
    void aDeletionIsReflectedWhenTheParagraphIsGoneAndPartlyWhenItWasMerged() {
        assertThat(judge("OP1", ProposalAction.DELETE, null)).isEqualTo(TakeUp.REFLECTED);
        assertThat(judge("OP4", ProposalAction.DELETE, null)).isEqualTo(TakeUp.PARTLY_REFLECTED);
        assertThat(judge("OP6", ProposalAction.DELETE, null)).isEqualTo(TakeUp.NOT_REFLECTED);
    }
}
