package org.townreform.fiscal.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.townreform.common.time.WorkingDayCalendar;

/**
 * When a month's return must be transferred (SPEC §3.4, "原则上每月调拨一次，最长不超过一个季度"), pure: due by the end of
 * the following month, overdue after three months from the end of its period (counted as the Civil Code counts months).
 * A deadline on a rest day moves to the next working day; one that reaches a year with no calendar is provisional.
 */
public final class DisbursementSchedule {
    private DisbursementSchedule() {
    }

    /** Due date and the last day before the return is overdue. */
    public record Deadlines(LocalDate dueDate, LocalDate overdueAfter, boolean provisional) {
    }

    public static Deadlines of(YearMonth period, WorkingDayCalendar calendar, int dueMonths, int overdueMonths) {
        WorkingDayCalendar.Deadline due = calendar.onOrAfter(period.plusMonths(dueMonths).atEndOfMonth());
        WorkingDayCalendar.Deadline overdue = calendar.monthsAfter(period.atEndOfMonth(), overdueMonths);
        return new Deadlines(due.date(), overdue.date(), due.provisional() || overdue.provisional());
    }

    /** The status of a period on {@code asOf} given what is computed for it and what is outstanding. */
    public static DisbursementStatus status(BigDecimal computed, BigDecimal disbursed, LocalDate asOf, Deadlines d) {
        BigDecimal outstanding = computed.subtract(disbursed);
        if (computed.signum() == 0 && disbursed.signum() == 0) {
            return DisbursementStatus.NOTHING_DUE;
        }
        if (outstanding.signum() < 0) {
            return DisbursementStatus.OVERPAID;
        }
        if (outstanding.signum() == 0) {
            return DisbursementStatus.PAID;
        }
        if (!asOf.isAfter(d.dueDate())) {
            return DisbursementStatus.DUE;
        }
        return asOf.isAfter(d.overdueAfter()) ? DisbursementStatus.OVERDUE : DisbursementStatus.LATE;
    }
}
