package org.townreform.common.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.townreform.common.error.Problems;
import org.townreform.common.json.StrictDates;

/**
 * Checks every service makes on the dates and periods callers send (time is an input, never in the future). The ranges
 * (docs/api-conventions.md):
 * <ul>
 * <li>any date field: {@link StrictDates#EARLIEST} to {@link StrictDates#LATEST} (400 {@code VALIDATION_FAILED});</li>
 * <li>the date of an action: {@link #FIRST_ACTION_DAY} (the founding of the People's Republic) to today (422
 * {@code DATE_IN_FUTURE} after today, 400 before the first day);</li>
 * <li>a view's {@code asOf}: {@link #FIRST_ACTION_DAY} to one year after today (400).</li>
 * </ul>
 */
public final class BusinessDates {
    /** No record of this suite can have happened earlier. */
    public static final LocalDate FIRST_ACTION_DAY = LocalDate.of(1949, 10, 1);

    private BusinessDates() {
    }

    /** The day an action took place: the given date, or today; never after today (422 {@code DATE_IN_FUTURE}). */
    public static LocalDate actionDate(LocalDate given, LocalDate today) {
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw Problems.unprocessable("DATE_IN_FUTURE",
                    "The date of an action cannot be in the future: " + given + " is after " + today);
        }
        if (given.isBefore(FIRST_ACTION_DAY)) {
            throw Problems.invalid("date", "an action's date cannot be before " + FIRST_ACTION_DAY);
        }
        return given;
    }

    /** The day a view is computed for: the given date or today; 400 outside 1949-10-01 .. today + 1 year. */
    public static LocalDate asOf(LocalDate given, LocalDate today) {
        if (given == null) {
            return today;
        }
        if (given.isBefore(FIRST_ACTION_DAY) || given.isAfter(today.plusYears(1))) {
            throw Problems.invalid("asOf", "must be between " + FIRST_ACTION_DAY + " and " + today.plusYears(1));
        }
        return given;
    }

    /** Parses a period {@code YYYY-MM}; 400 when it is not one. */
    public static YearMonth period(String field, String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            throw Problems.invalid(field, "must be a period YYYY-MM");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalid(field, "must be a period YYYY-MM");
        }
    }

    /** Parses an ISO date; 400 when it is not one. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day = StrictDates.parse(value.trim());
        if (day == null) {
            throw Problems.invalid(field, "must be an ISO-8601 date such as 2026-03-31, between " + StrictDates.EARLIEST
                    + " and " + StrictDates.LATEST);
        }
        return day;
    }
}
