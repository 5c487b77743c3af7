package org.draftline.api;

import org.draftline.api.delegation.Delegation;
import org.draftline.api.document.CoFacilitator;
import org.draftline.api.document.DocumentId;
import org.draftline.api.document.Votes;
import org.draftline.api.draft.DraftLabel;
import org.draftline.api.draft.DraftText;
import org.draftline.api.draft.Proposal;
import org.draftline.api.draft.ProposalAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a client sends is checked by today's rules; what the record holds is read as it stands. */
class RecordedTest {

    @Test
    void aClientsValuesAreStillChecked() {
        assertThatThrownBy(() -> Delegation.of("YUG")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Delegation("YUG")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> DraftLabel.of("rev10000")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> DocumentId.of("GPA_2017")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Votes(199, 3, -1)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Proposal("OP12bis", ProposalAction.AMEND, "x")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new CoFacilitator(Delegation.of("G77"), null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void recordedValuesAreTakenAsTheyStand() {
        Delegation retired = Delegation.recorded("YUG");
        assertThat(retired.code()).isEqualTo("YUG");
        assertThat(retired.name()).isEqualTo("YUG");
        assertThat(retired.kind()).isNull();
        assertThat(DraftLabel.recorded("rev10000").displayName()).isEqualTo("rev10000");
        Proposal proposal = Recorded.read(() -> new Proposal("op3", ProposalAction.DELETE, " kept "));
        assertThat(proposal.paragraph()).isEqualTo("op3");
        assertThat(proposal.text()).isEqualTo(" kept ");
        assertThat(Recorded.read(() -> new Votes(199, 3, -1)).abstain()).isEqualTo(-1);
        assertThat(Recorded.read(() -> DocumentId.of("GPA_2017")).value()).isEqualTo("GPA_2017");
        assertThat(Recorded.read(() -> new CoFacilitator(Delegation.of("G77"), null)).delegation().isGroup()).isTrue();
    }

    @Test
    void checksResumeOnceTheRecordIsRead() {
        Recorded.read(() -> Recorded.read(() -> Delegation.recorded("YUG")));
        assertThat(Recorded.isBeingRead()).isFalse();
        assertThatThrownBy(() -> Recorded.read(() -> {
            throw new IllegalStateException("reading failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Recorded.isBeingRead()).isFalse();
        assertThatThrownBy(() -> new Delegation("YUG")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aRecordedTextTodaysReaderRefusesReadsWithoutParagraphs() {
        String refused = "1. Decides\n\n3. Requests";
        assertThatThrownBy(() -> DraftText.parse(refused)).isInstanceOf(InvalidValue.class);
        assertThat(DraftText.readRecorded(refused).paragraphs()).isEmpty();
        assertThat(DraftText.readRecorded("1. Decides\n2. Requests").labels()).containsExactly("OP1", "OP2");
    }
}
