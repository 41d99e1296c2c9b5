package org.townreform.common.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.townreform.common.error.Problems;

/** Checks every service makes on the dates and periods callers send (SPEC §1: time is an input, never in the future). */
public final class BusinessDates {
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
        return given;
    }

    /** The day a view is computed for: the given date or today. */
    public static LocalDate asOf(LocalDate given, LocalDate today) {
        return given == null ? today : given;
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
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalid(field, "must be an ISO-8601 date such as 2026-03-31");
        }
    }
}
