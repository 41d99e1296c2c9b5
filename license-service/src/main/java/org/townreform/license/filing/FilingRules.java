package org.townreform.license.filing;

import java.time.LocalDate;

import org.townreform.common.time.WorkingDayCalendar;

/**
 * 备案: a decision on a delegated item is filed with the authorising department within one calendar month of the decision
 * ("1个月内报相关部门备案"), counted by Civil Code arts. 201–203 (same-numbered day of the next month, or its last day;
 * moved to the next working day when it is a rest day). Pure.
 */
public final class FilingRules {
    private FilingRules() {
    }

    /** The last day to file a decision taken on {@code decidedOn}. */
    public static WorkingDayCalendar.Deadline due(LocalDate decidedOn, int months, WorkingDayCalendar cal) {
        return cal.monthsAfter(decidedOn, months);
    }

    /** An unfiled decision is overdue once {@code asOf} is after its due day. */
    public static boolean overdue(LocalDate due, LocalDate filedOn, LocalDate asOf) {
        return filedOn == null && asOf.isAfter(due);
    }

    /** A filing received after its due day is late (it is still recorded). */
    public static boolean late(LocalDate due, LocalDate receivedOn) {
        return receivedOn.isAfter(due);
    }
}
