package org.townreform.personnel.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.townreform.personnel.appointment.AppointmentAction.CONSULT;
import static org.townreform.personnel.appointment.AppointmentAction.COORDINATE_PROCEED;
import static org.townreform.personnel.appointment.AppointmentAction.COORDINATE_WITHDRAW;
import static org.townreform.personnel.appointment.AppointmentAction.DECIDE;
import static org.townreform.personnel.appointment.AppointmentAction.MAKE_EFFECTIVE;
import static org.townreform.personnel.appointment.AppointmentAction.OPINION_AGREE;
import static org.townreform.personnel.appointment.AppointmentAction.OPINION_DISAGREE;
import static org.townreform.personnel.appointment.AppointmentAction.PUBLISH_NOTICE;
import static org.townreform.personnel.appointment.AppointmentAction.WITHDRAW;
import static org.townreform.personnel.appointment.AppointmentStatus.CONSULTATION;
import static org.townreform.personnel.appointment.AppointmentStatus.COORDINATION;
import static org.townreform.personnel.appointment.AppointmentStatus.DECIDED;
import static org.townreform.personnel.appointment.AppointmentStatus.DRAFT;
import static org.townreform.personnel.appointment.AppointmentStatus.EFFECTIVE;
import static org.townreform.personnel.appointment.AppointmentStatus.PUBLIC_NOTICE;
import static org.townreform.personnel.appointment.AppointmentStatus.WITHDRAWN;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;
import org.townreform.personnel.appointment.AppointmentWorkflow.Facts;

class AppointmentWorkflowTest {

    private static Facts facts(AppointmentStatus s, boolean consult, Opinion o, CoordinationOutcome c) {
        return new Facts(s, consult, o, c);
    }

    private static void illegal(Facts f, AppointmentAction a) {
        assertThatThrownBy(() -> AppointmentWorkflow.next(f, a))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    ProblemException p = (ProblemException) e;
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.code()).isEqualTo("ILLEGAL_TRANSITION");
                });
    }

    @Test
    void theFullPathWithConsultation() {
        assertThat(AppointmentWorkflow.next(facts(DRAFT, true, null, null), CONSULT)).isEqualTo(CONSULTATION);
        assertThat(AppointmentWorkflow.next(facts(CONSULTATION, true, null, null), OPINION_AGREE))
                .isEqualTo(CONSULTATION);
        assertThat(AppointmentWorkflow.next(facts(CONSULTATION, true, Opinion.AGREE, null), DECIDE)).isEqualTo(DECIDED);
        assertThat(AppointmentWorkflow.next(facts(DECIDED, true, Opinion.AGREE, null), PUBLISH_NOTICE))
                .isEqualTo(PUBLIC_NOTICE);
        assertThat(AppointmentWorkflow.next(facts(PUBLIC_NOTICE, true, Opinion.AGREE, null), MAKE_EFFECTIVE))
                .isEqualTo(EFFECTIVE);
    }

    @Test
    void withoutAPartyToConsultTheCaseGoesStraightToTheDecision() {
        assertThat(AppointmentWorkflow.next(facts(DRAFT, false, null, null), DECIDE)).isEqualTo(DECIDED);
        illegal(facts(DRAFT, false, null, null), CONSULT);
        illegal(facts(DRAFT, true, null, null), DECIDE);
    }

    @Test
    void aDisagreementIsCoordinatedBeforeAnyDecision() {
        assertThat(AppointmentWorkflow.next(facts(CONSULTATION, true, null, null), OPINION_DISAGREE))
                .isEqualTo(COORDINATION);
        illegal(facts(COORDINATION, true, Opinion.DISAGREE, null), DECIDE);
        assertThat(AppointmentWorkflow.next(facts(COORDINATION, true, Opinion.DISAGREE, null), COORDINATE_PROCEED))
                .isEqualTo(COORDINATION);
        assertThat(AppointmentWorkflow.next(facts(COORDINATION, true, Opinion.DISAGREE, CoordinationOutcome.PROCEED),
                DECIDE)).isEqualTo(DECIDED);
        illegal(facts(COORDINATION, true, Opinion.DISAGREE, CoordinationOutcome.PROCEED), COORDINATE_WITHDRAW);
        assertThat(AppointmentWorkflow.next(facts(COORDINATION, true, Opinion.DISAGREE, null), COORDINATE_WITHDRAW))
                .isEqualTo(WITHDRAWN);
    }

    @Test
    void theOpinionIsGivenOnceAndOnlyDuringConsultation() {
        illegal(facts(CONSULTATION, true, Opinion.AGREE, null), OPINION_DISAGREE);
        illegal(facts(CONSULTATION, true, null, null), DECIDE);
        illegal(facts(DRAFT, true, null, null), OPINION_AGREE);
        illegal(facts(DECIDED, true, Opinion.AGREE, null), OPINION_AGREE);
    }

    @Test
    void skippedStepsAreIllegal() {
        illegal(facts(DRAFT, false, null, null), PUBLISH_NOTICE);
        illegal(facts(DRAFT, false, null, null), MAKE_EFFECTIVE);
        illegal(facts(DECIDED, false, null, null), MAKE_EFFECTIVE);
        illegal(facts(CONSULTATION, true, Opinion.AGREE, null), PUBLISH_NOTICE);
        illegal(facts(CONSULTATION, true, null, null), COORDINATE_PROCEED);
    }

    @Test
    void everyOpenStateMayBeWithdrawnAndTheEndsAreFinal() {
        for (AppointmentStatus s : EnumSet.of(DRAFT, CONSULTATION, COORDINATION, DECIDED, PUBLIC_NOTICE)) {
            assertThat(AppointmentWorkflow.next(facts(s, true, null, null), WITHDRAW)).isEqualTo(WITHDRAWN);
        }
        for (AppointmentStatus end : EnumSet.of(EFFECTIVE, WITHDRAWN)) {
            for (AppointmentAction a : AppointmentAction.values()) {
                illegal(facts(end, true, Opinion.AGREE, CoordinationOutcome.PROCEED), a);
            }
            assertThat(AppointmentWorkflow.allowed(facts(end, true, Opinion.AGREE, null))).isEmpty();
            assertThat(end.open()).isFalse();
        }
    }

    @Test
    void theAllowedActionsFollowTheFacts() {
        assertThat(AppointmentWorkflow.allowed(facts(DRAFT, true, null, null))).containsExactly(CONSULT, WITHDRAW);
        assertThat(AppointmentWorkflow.allowed(facts(DRAFT, false, null, null))).containsExactly(DECIDE, WITHDRAW);
        assertThat(AppointmentWorkflow.allowed(facts(CONSULTATION, true, null, null)))
                .containsExactly(OPINION_AGREE, OPINION_DISAGREE, WITHDRAW);
        assertThat(AppointmentWorkflow.allowed(facts(CONSULTATION, true, Opinion.AGREE, null)))
                .containsExactly(DECIDE, WITHDRAW);
    }

    @Test
    void theErrorSaysWhy() {
        assertThatThrownBy(() -> AppointmentWorkflow.next(facts(DRAFT, true, null, null), DECIDE))
                .hasMessageContaining("DRAFT").hasMessageContaining("decide").hasMessageContaining("consult");
    }
}
