package org.townreform.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BusinessDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void anActionIsDatedFromTheFoundingToToday() {
        assertThat(BusinessDates.actionDate(null, TODAY)).isEqualTo(TODAY);
        assertThat(BusinessDates.actionDate(LocalDate.of(1949, 10, 1), TODAY)).isEqualTo(LocalDate.of(1949, 10, 1));
        assertThatThrownBy(() -> BusinessDates.actionDate(LocalDate.of(1949, 9, 30), TODAY))
                .extracting("code").isEqualTo("VALIDATION_FAILED");
        assertThatThrownBy(() -> BusinessDates.actionDate(TODAY.plusDays(1), TODAY))
                .extracting("code").isEqualTo("DATE_IN_FUTURE");
    }

    @Test
    void aViewMayLookUpToAYearAhead() {
        assertThat(BusinessDates.asOf(null, TODAY)).isEqualTo(TODAY);
        assertThat(BusinessDates.asOf(TODAY.plusYears(1), TODAY)).isEqualTo(TODAY.plusYears(1));
        assertThatThrownBy(() -> BusinessDates.asOf(TODAY.plusYears(1).plusDays(1), TODAY))
                .extracting("code").isEqualTo("VALIDATION_FAILED");
        assertThatThrownBy(() -> BusinessDates.asOf(LocalDate.of(1900, 1, 1), TODAY))
                .extracting("code").isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aDateParameterIsARealDayOfTheForm() {
        assertThat(BusinessDates.date("asOf", "2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(BusinessDates.date("asOf", "")).isNull();
        for (String bad : new String[]{"0000-01-01", "-0001-01-01", "2026-02-30", "2026-03-02T00:00", "+12026-01-01",
                "2026-3-2"}) {
            assertThatThrownBy(() -> BusinessDates.date("asOf", bad)).as(bad).extracting("code")
                    .isEqualTo("VALIDATION_FAILED");
        }
    }
}
