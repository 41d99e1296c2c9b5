package org.townreform.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OfficialCalendars;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar cal = OfficialCalendars.calendar(2025, 2026);

    @Test
    void holidaysRestAndMakeUpWeekendsWork() {
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // 国庆, a Thursday
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // Saturday, make-up day
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse(); // ordinary Sunday
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue(); // ordinary Monday
    }

    @Test
    void workingDayPeriodStartsTheDayAfterTheActAndSkipsTheGoldenWeek() {
        // Act on Wed 30 Sep; 1–7 Oct are holidays; Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
        WorkingDayCalendar.Deadline d = cal.workingDaysAfter(LocalDate.of(2026, 9, 30), 5);
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void theDayOfTheActIsNotCounted() {
        // Act on Monday: one working day later is Tuesday, not Monday.
        assertThat(cal.workingDaysAfter(LocalDate.of(2026, 3, 2), 1).date()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void monthPeriodEndsOnTheLastDayOfAShorterMonth() {
        // 31 Jan 2025 + 1 month = 28 Feb 2025, a Friday.
        assertThat(cal.monthsAfter(LocalDate.of(2025, 1, 31), 1).date()).isEqualTo(LocalDate.of(2025, 2, 28));
        // 31 Jan 2026 + 1 month = 28 Feb 2026, a Saturday that is a make-up working day: it stays.
        assertThat(cal.monthsAfter(LocalDate.of(2026, 1, 31), 1).date()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void monthPeriodEndingOnAHolidayMovesToTheNextWorkingDay() {
        // 1 Sep + 1 month = 1 Oct, National Day: the period ends on Thu 8 Oct.
        assertThat(cal.monthsAfter(LocalDate.of(2026, 9, 1), 1).date()).isEqualTo(LocalDate.of(2026, 10, 8));
        // Ends on an ordinary Sunday: moves to Monday.
        assertThat(cal.monthsAfter(LocalDate.of(2026, 2, 8), 1).date()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aPeriodReachingIntoAnUnloadedYearIsProvisional() {
        // Mon 28 Dec 2026: Tue 29, Wed 30, Thu 31, Fri 1 Jan 2027 (weekday rule, no 2027 calendar), Mon 4 Jan.
        WorkingDayCalendar.Deadline d = cal.workingDaysAfter(LocalDate.of(2026, 12, 28), 5);
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(d.provisional()).isTrue();
    }

    @Test
    void loadingTheYearRecomputesTheProvisionalDeadline() {
        WorkingDayCalendar.Year y2027 = new WorkingDayCalendar.Year(2027,
                java.util.Set.of(LocalDate.of(2027, 1, 1)), java.util.Set.of());
        WorkingDayCalendar withNextYear = new WorkingDayCalendar(java.util.List.of(
                new WorkingDayCalendar.Year(2026, java.util.Set.of(), java.util.Set.of()), y2027));
        WorkingDayCalendar.Deadline d = withNextYear.workingDaysAfter(LocalDate.of(2026, 12, 28), 5);
        assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void countsWorkingDaysInAHalfOpenSpan() {
        // After Wed 30 Sep up to Tue 13 Oct: 8, 9, 10, 12, 13.
        assertThat(cal.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 13))).isEqualTo(5);
        assertThat(cal.workingDaysBetween(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 9, 30))).isZero();
    }

    @Test
    void weekdaysOnlyCalendarIsAlwaysProvisional() {
        WorkingDayCalendar.Deadline d = WorkingDayCalendar.weekdaysOnly().workingDaysAfter(LocalDate.of(2026, 9, 30), 5);
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(d.provisional()).isTrue();
    }

    @Test
    void refusesNonsensePeriods() {
        assertThatThrownBy(() -> cal.workingDaysAfter(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cal.workingDaysAfter(LocalDate.of(2026, 1, 1), 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentMayListADayAcrossItsYearBoundary() {
        // The 2023 notice lists Sat 31 Dec 2022 as part of the New Year holiday; 2022 itself is not loaded.
        WorkingDayCalendar only2023 = OfficialCalendars.calendar(2023);
        assertThat(only2023.isWorkingDay(LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(only2023.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse(); // Monday, New Year holiday
        assertThat(only2023.isLoaded(2022)).isFalse();
    }
}
