package org.townreform.common.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.error.Problems;
import org.townreform.common.time.WorkingDayCalendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A year's calendar as loaded through {@code PUT /api/v1/calendar/{year}}: the shape of the holiday-cn files that compile the
 * State Council notices, so an official file can be sent unchanged. Each day departs from the weekday rule: {@code isOffDay}
 * true is a public holiday, false a make-up working day (调休). The files' own {@code $schema} and {@code $id} are taken and
 * ignored; any other property is refused, as in every body.
 */
@JsonIgnoreProperties({"$schema", "$id"})
public record CalendarDocument(@Schema(example = "2026") Integer year,
        @Schema(example = "[\"https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm\"]") List<@NotNull String> papers,
        @NotNull @Size(max = 120) List<@Valid @NotNull Day> days) {

    /** A notice may list days just across the year's boundary (New Year's Eve in the 2023 notice). */
    static final int BOUNDARY_DAYS = 15;

    public record Day(@Size(max = 40) @Schema(example = "元旦") String name,
            @NotNull @Schema(example = "2026-01-01") LocalDate date,
            @NotNull @JsonProperty("isOffDay") Boolean isOffDay) {
    }

    /** Checks the document against the year it is loaded for; 422 {@code INVALID_CALENDAR} when it does not fit. */
    public void checkFor(int expectedYear) {
        if (year != null && year != expectedYear) {
            throw Problems.unprocessable("INVALID_CALENDAR",
                    "The document is for " + year + " but was sent to the address of " + expectedYear);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (Day d : days) {
            if (d.date().isBefore(LocalDate.of(expectedYear, 1, 1).minusDays(BOUNDARY_DAYS))
                    || d.date().isAfter(LocalDate.of(expectedYear, 12, 31).plusDays(BOUNDARY_DAYS))) {
                throw Problems.unprocessable("INVALID_CALENDAR", d.date() + " is not in " + expectedYear
                        + " (nor a holiday just across its boundary)");
            }
            if (!seen.add(d.date())) {
                throw Problems.unprocessable("INVALID_CALENDAR", d.date() + " is listed twice");
            }
            boolean weekend = d.date().getDayOfWeek() == DayOfWeek.SATURDAY
                    || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!d.isOffDay() && !weekend) {
                throw Problems.unprocessable("INVALID_CALENDAR",
                        d.date() + " is a weekday: only a Saturday or Sunday can be a make-up working day");
            }
        }
    }

    public WorkingDayCalendar.Year toYear(int y) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (Day d : days) {
            (d.isOffDay() ? holidays : makeUp).add(d.date());
        }
        return new WorkingDayCalendar.Year(y, holidays, makeUp);
    }
}
