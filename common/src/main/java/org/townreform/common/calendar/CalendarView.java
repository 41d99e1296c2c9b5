package org.townreform.common.calendar;

import java.time.OffsetDateTime;
import java.util.List;

/** A loaded calendar year as the API answers it. */
public record CalendarView(int year, List<String> papers, List<CalendarDocument.Day> days, int holidays,
        int makeUpWorkingDays, long version, OffsetDateTime updatedAt, String updatedBy) {
}
