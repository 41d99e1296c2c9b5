package org.townreform.license.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;

class ApplicationStateMachineTest {

    @Test
    void theHappyPath() {
        ApplicationState s = ApplicationState.SUBMITTED;
        s = ApplicationStateMachine.next(s, ApplicationAction.ACCEPT, null);
        s = ApplicationStateMachine.next(s, ApplicationAction.START_REVIEW, null);
        s = ApplicationStateMachine.next(s, ApplicationAction.APPROVE, null);
        s = ApplicationStateMachine.next(s, ApplicationAction.FILE, null);
        assertThat(s).isEqualTo(ApplicationState.FILED);
    }

    @Test
    void aSupplementReturnsToTheInterruptedState() {
        assertThat(ApplicationStateMachine.next(ApplicationState.SUPPLEMENT_REQUESTED, ApplicationAction.SUPPLEMENT,
                ApplicationState.UNDER_REVIEW)).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(ApplicationStateMachine.next(ApplicationState.SUPPLEMENT_REQUESTED, ApplicationAction.SUPPLEMENT,
                ApplicationState.SUBMITTED)).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void aCompleteSupplementToANoticeBeforeAcceptanceIsTheAcceptance() {
        assertThat(ApplicationStateMachine.afterSupplement(ApplicationState.SUBMITTED, true))
                .isEqualTo(ApplicationState.ACCEPTED);
        assertThat(ApplicationStateMachine.afterSupplement(ApplicationState.SUBMITTED, false))
                .isEqualTo(ApplicationState.SUBMITTED);
        assertThat(ApplicationStateMachine.afterSupplement(ApplicationState.UNDER_REVIEW, true))
                .isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void skippingAStepIsAnIllegalTransition() {
        assertThatThrownBy(() -> ApplicationStateMachine.next(ApplicationState.SUBMITTED, ApplicationAction.APPROVE,
                null)).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
                });
        assertThat(ApplicationStateMachine.allows(ApplicationState.FILED, ApplicationAction.WITHDRAW)).isFalse();
        assertThat(ApplicationStateMachine.allows(ApplicationState.APPROVED, ApplicationAction.TRANSFER)).isFalse();
        assertThat(ApplicationStateMachine.allows(ApplicationState.UNDER_REVIEW, ApplicationAction.TRANSFER)).isTrue();
    }
}
