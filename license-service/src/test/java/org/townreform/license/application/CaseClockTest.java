package org.townreform.license.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OfficialCalendars;
import org.townreform.common.time.WorkingDayCalendar;

class CaseClockTest {
    private static final WorkingDayCalendar CAL = OfficialCalendars.calendar(2025, 2026);
    private static final CaseClock.Rules RULES = new CaseClock.Rules(5, 80);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static CaseClock.Case accepted(String on, int promised, List<CaseClock.Pause> pauses) {
        return new CaseClock.Case(d(on), d(on), false, false, null, promised, pauses);
    }

    @Test
    void deadlineSkipsTheGoldenWeekAndCountsTheMakeUpSaturday() {
        CaseClock.Reading r = CaseClock.read(accepted("2026-09-30", 5, List.of()), d("2026-10-09"), CAL, RULES);
        assertThat(r.deadline()).isEqualTo(d("2026-10-13"));
        assertThat(r.workingDaysUsed()).isEqualTo(2);
        assertThat(r.provisional()).isFalse();
    }

    @Test
    void greenYellowRed() {
        CaseClock.Case c = accepted("2026-03-02", 10, List.of());
        assertThat(CaseClock.read(c, d("2026-03-12"), CAL, RULES).light()).isEqualTo(Light.YELLOW); // 8 of 10 used
        assertThat(CaseClock.read(c, d("2026-03-11"), CAL, RULES).light()).isEqualTo(Light.GREEN);
        assertThat(CaseClock.read(c, d("2026-03-13"), CAL, RULES).light()).isEqualTo(Light.YELLOW);
        assertThat(CaseClock.read(c, d("2026-03-16"), CAL, RULES).light()).isEqualTo(Light.YELLOW);
        CaseClock.Reading late = CaseClock.read(c, d("2026-03-17"), CAL, RULES);
        assertThat(late.light()).isEqualTo(Light.RED);
        assertThat(late.overdue()).isTrue();
        assertThat(late.workingDaysLeft()).isEqualTo(-1);
    }

    @Test
    void aSupplementPauseMovesTheDeadlineByTheWorkingDaysWaited() {
        CaseClock.Case c = accepted("2026-03-02", 10,
                List.of(new CaseClock.Pause(d("2026-03-04"), d("2026-03-11"))));
        CaseClock.Reading r = CaseClock.read(c, d("2026-03-12"), CAL, RULES);
        assertThat(r.pausedWorkingDays()).isEqualTo(5);
        assertThat(r.deadline()).isEqualTo(d("2026-03-23"));
        assertThat(r.workingDaysUsed()).isEqualTo(3);
    }

    @Test
    void whileWaitingTheClockStands() {
        CaseClock.Case c = accepted("2026-03-02", 10, List.of(new CaseClock.Pause(d("2026-03-04"), null)));
        CaseClock.Reading a = CaseClock.read(c, d("2026-03-20"), CAL, RULES);
        CaseClock.Reading b = CaseClock.read(c, d("2026-03-27"), CAL, RULES);
        assertThat(a.paused()).isTrue();
        assertThat(a.workingDaysLeft()).isEqualTo(b.workingDaysLeft()).isEqualTo(8);
        assertThat(b.light()).isEqualTo(Light.GREEN);
    }

    @Test
    void leftAloneFiveWorkingDaysItCountsAsAcceptedOnTheDayOfSubmission() {
        CaseClock.Case c = new CaseClock.Case(d("2026-03-02"), null, false, true, null, 10, List.of());
        CaseClock.Reading within = CaseClock.read(c, d("2026-03-09"), CAL, RULES);
        assertThat(within.phase()).isEqualTo(CaseClock.Phase.ACCEPTANCE);
        assertThat(within.deadline()).isEqualTo(d("2026-03-09"));
        assertThat(within.light()).isEqualTo(Light.YELLOW);
        CaseClock.Reading after = CaseClock.read(c, d("2026-03-10"), CAL, RULES);
        assertThat(after.phase()).isEqualTo(CaseClock.Phase.DECISION);
        assertThat(after.deemedAccepted()).isTrue();
        assertThat(after.clockStart()).isEqualTo(d("2026-03-02"));
        assertThat(after.deadline()).isEqualTo(d("2026-03-16"));
    }

    @Test
    void aDeadlineInAYearWithoutCalendarIsProvisional() {
        CaseClock.Reading r = CaseClock.read(accepted("2026-12-28", 5, List.of()), d("2026-12-29"), CAL, RULES);
        assertThat(r.deadline()).isEqualTo(d("2027-01-04"));
        assertThat(r.provisional()).isTrue();
    }

    @Test
    void anEndedCaseHasNoLightButKnowsWhetherItWasLate() {
        CaseClock.Case c = new CaseClock.Case(d("2026-03-02"), d("2026-03-02"), false, false, d("2026-03-17"), 10,
                List.of());
        CaseClock.Reading r = CaseClock.read(c, d("2026-11-26"), CAL, RULES);
        assertThat(r.phase()).isEqualTo(CaseClock.Phase.ENDED);
        assertThat(r.light()).isNull();
        assertThat(r.overdue()).isTrue();
    }

    // Submitted Mon 2 Mar 2026; the one-time notice on Wed 4 Mar, within the 5 working days (window to Mon 9 Mar).
    private static final CaseClock.Pause NOTICE_WAITING = new CaseClock.Pause(d("2026-03-04"), null, true);
    private static final CaseClock.Pause NOTICE_ANSWERED = new CaseClock.Pause(d("2026-03-04"), d("2026-03-30"), true);

    @Test
    void aNoticeSentInTimeMeansNoDeemedAcceptanceWhileTheApplicantHasNotSupplemented() {
        CaseClock.Case c = new CaseClock.Case(d("2026-03-02"), null, false, true, null, 5, List.of(NOTICE_WAITING));
        CaseClock.Reading r = CaseClock.read(c, d("2026-04-20"), CAL, RULES);
        assertThat(r.phase()).isEqualTo(CaseClock.Phase.ACCEPTANCE);
        assertThat(r.deemedAccepted()).isFalse();
        assertThat(r.clockStart()).isNull();
        assertThat(r.deadline()).isNull();
        assertThat(r.workingDaysLeft()).isNull();
        assertThat(r.workingDaysUsed()).isEqualTo(2); // 3 and 4 Mar, before the notice
        assertThat(r.paused()).isTrue();
        assertThat(r.light()).isEqualTo(Light.GREEN);
        assertThat(r.acceptanceDue()).isEqualTo(d("2026-03-09"));
    }

    @Test
    void theCompleteSupplementIsTheAcceptanceAndTheClockRunsFromItsDay() {
        // accepted on Mon 30 Mar when the supplement came; 5 working days: 31 Mar, 1, 2, 3 Apr, (Qingming 4-6 Apr) 7 Apr
        CaseClock.Case c = new CaseClock.Case(d("2026-03-02"), d("2026-03-30"), false, false, null, 5,
                List.of(NOTICE_ANSWERED));
        CaseClock.Reading onTheDay = CaseClock.read(c, d("2026-03-30"), CAL, RULES);
        assertThat(onTheDay.phase()).isEqualTo(CaseClock.Phase.DECISION);
        assertThat(onTheDay.deemedAccepted()).isFalse();
        assertThat(onTheDay.clockStart()).isEqualTo(d("2026-03-30"));
        assertThat(onTheDay.deadline()).isEqualTo(d("2026-04-07"));
        assertThat(onTheDay.pausedWorkingDays()).isZero();
        assertThat(onTheDay.workingDaysLeft()).isEqualTo(5);
        assertThat(onTheDay.light()).isEqualTo(Light.GREEN);
        assertThat(CaseClock.read(c, d("2026-04-03"), CAL, RULES).light()).isEqualTo(Light.YELLOW);
        assertThat(CaseClock.read(c, d("2026-04-08"), CAL, RULES).light()).isEqualTo(Light.RED);
    }

    @Test
    void anIncompleteSupplementIsNeverDeemedAcceptedButMustBeAnsweredWithinANewWindow() {
        CaseClock.Case c = new CaseClock.Case(d("2026-03-02"), null, false, true, null, 5, List.of(NOTICE_ANSWERED));
        CaseClock.Reading r = CaseClock.read(c, d("2026-04-03"), CAL, RULES);
        assertThat(r.phase()).isEqualTo(CaseClock.Phase.ACCEPTANCE);
        assertThat(r.deemedAccepted()).isFalse();
        assertThat(r.acceptanceDue()).isEqualTo(d("2026-04-07"));
        assertThat(r.deadline()).isEqualTo(d("2026-04-07"));
        assertThat(r.workingDaysUsed()).isEqualTo(4);
        assertThat(r.light()).isEqualTo(Light.YELLOW);
        CaseClock.Reading late = CaseClock.read(c, d("2026-04-08"), CAL, RULES);
        assertThat(late.phase()).isEqualTo(CaseClock.Phase.ACCEPTANCE);
        assertThat(late.deemedAccepted()).isFalse();
        assertThat(late.light()).isEqualTo(Light.RED);
        assertThat(late.overdue()).isTrue();
    }

    @Test
    void aNoticeAfterTheWindowDoesNotUndoTheDeemedAcceptance() {
        CaseClock.Case c = new CaseClock.Case(d("2026-03-02"), null, false, true, null, 10,
                List.of(new CaseClock.Pause(d("2026-03-10"), null, true)));
        CaseClock.Reading r = CaseClock.read(c, d("2026-03-11"), CAL, RULES);
        assertThat(r.deemedAccepted()).isTrue();
        assertThat(r.clockStart()).isEqualTo(d("2026-03-02"));
    }

    @Test
    void theStoredApplicationTranslatesToTheSameCaseEverywhere() {
        CaseClock.Case waiting = CaseClock.of(ApplicationState.SUPPLEMENT_REQUESTED, d("2026-03-02"), null, false,
                d("2026-03-04"), null, ApplicationState.SUBMITTED, null, 5);
        assertThat(waiting.awaitingAcceptance()).isTrue();
        assertThat(waiting.pauses()).containsExactly(NOTICE_WAITING);
        CaseClock.Case duringReview = CaseClock.of(ApplicationState.SUPPLEMENT_REQUESTED, d("2026-03-02"),
                d("2026-03-02"), false, d("2026-03-04"), null, ApplicationState.UNDER_REVIEW, null, 5);
        assertThat(duringReview.awaitingAcceptance()).isFalse();
        assertThat(duringReview.pauses()).containsExactly(new CaseClock.Pause(d("2026-03-04"), null));
    }
}
