package org.draftline.api.document;

import org.draftline.api.InvalidValue;
import org.draftline.api.Recorded;
import org.draftline.api.delegation.Delegation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoFacilitatorTest {

    @Test
    void aMemberStateMayCoFacilitate() {
        assertThat(new CoFacilitator(Delegation.of("MEX"), "Juan Sandoval").delegation().name()).isEqualTo("Mexico");
    }

    @Test
    void cannotAppointAnObserverState() {
        assertThatThrownBy(() -> new CoFacilitator(Delegation.of("VAT"), null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("coFacilitators[].delegation")
                .hasMessageContaining("Holy See is an observer state");
    }

    @Test
    void cannotAppointAGroup() {
        assertThatThrownBy(() -> new CoFacilitator(Delegation.of("G77"), null))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("is a group");
    }

    @Test
    void anObserverStateOnRecordStillLoads() {
        assertThat(Recorded.read(() -> new CoFacilitator(Delegation.recorded("PSE"), null)).delegation().code())
                .isEqualTo("PSE");
    }
}
