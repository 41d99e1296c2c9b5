package org.townreform.license.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OfficialCalendars;

class FilingRulesTest {
    @Test
    void oneCalendarMonthMovedOffRestDays() {
        var cal = OfficialCalendars.calendar(2025, 2026);
        LocalDate due = FilingRules.due(LocalDate.parse("2026-09-01"), 1, cal).date();
        assertThat(due).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(FilingRules.due(LocalDate.parse("2025-01-31"), 1, cal).date()).isEqualTo("2025-02-28");
        assertThat(FilingRules.overdue(due, null, LocalDate.parse("2026-10-08"))).isFalse();
        assertThat(FilingRules.overdue(due, null, LocalDate.parse("2026-10-09"))).isTrue();
        assertThat(FilingRules.overdue(due, LocalDate.parse("2026-10-09"), LocalDate.parse("2026-11-01"))).isFalse();
        assertThat(FilingRules.late(due, LocalDate.parse("2026-10-09"))).isTrue();
    }
}
