package org.townreform.common.calendar;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A loaded calendar year as the API answers it. */
public record CalendarView(@Schema(example = "2026") int year,
        @Schema(example = "[\"https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm\"]") List<String> papers,
        List<CalendarDocument.Day> days,
        int holidays,
        int makeUpWorkingDays, long version, OffsetDateTime updatedAt, String updatedBy) {
}
