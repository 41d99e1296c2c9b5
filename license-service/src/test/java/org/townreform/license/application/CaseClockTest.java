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
}
