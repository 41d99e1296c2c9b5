package org.townreform.fiscal.support;

import java.time.LocalDate;
import java.time.YearMonth;

import org.townreform.common.error.Problems;
import org.townreform.common.time.BusinessDates;

/** Periods ({@code YYYY-MM}) and years as callers send them, checked once. */
public final class Periods {
    public static final int LAST_YEAR = 2200;

    private Periods() {
    }

    /** A period {@code YYYY-MM} within the years the service keeps; 400 otherwise. */
    public static YearMonth parse(String field, String value, int firstYear) {
        YearMonth p = BusinessDates.period(field, value);
        checkYear(field, p.getYear(), firstYear);
        return p;
    }

    /** A year given as text (a query parameter); 400 when it is not a year the service keeps. */
    public static int year(String field, String value, int firstYear) {
        if (value == null || !value.matches("\\d{4}")) {
            throw Problems.invalid(field, "must be a year such as 2026");
        }
        int y = Integer.parseInt(value);
        checkYear(field, y, firstYear);
        return y;
    }

    public static void checkYear(String field, int year, int firstYear) {
        if (year < firstYear || year > LAST_YEAR) {
            throw Problems.invalid(field, "must be a year between " + firstYear + " and " + LAST_YEAR);
        }
    }

    /** A period in the future of {@code today} is refused (422 {@code PERIOD_IN_FUTURE}). */
    public static void notAfter(YearMonth period, LocalDate day, String what) {
        if (period.isAfter(YearMonth.from(day))) {
            throw Problems.unprocessable("PERIOD_IN_FUTURE",
                    "Period " + period + " is after " + what + " (" + day + "): " + period + " has not begun");
        }
    }

    /** The months of {@code year} that have begun by {@code day}: 12 for a past year, 0 for a future one. */
    public static int monthsBegun(int year, LocalDate day) {
        if (year < day.getYear()) {
            return 12;
        }
        return year == day.getYear() ? day.getMonthValue() : 0;
    }

    public static String format(int year, int month) {
        return YearMonth.of(year, month).toString();
    }

    /** A numeric id from a path; 400 when it is not one. */
    public static long id(String field, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw Problems.invalid(field, "must be a numeric id");
        }
        return Long.parseLong(value);
    }

    /** An optional ISO date from a query parameter. */
    public static LocalDate date(String field, String value) {
        return BusinessDates.date(field, value);
    }
}
