package org.townreform.personnel.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RotationRulesTest {

    @Test
    void dueOnlyWhenHeldLongerThanTheYears() {
        LocalDate since = LocalDate.of(2019, 3, 15);
        assertThat(RotationRules.due(since, 5, LocalDate.of(2024, 3, 14))).isFalse();
        assertThat(RotationRules.due(since, 5, LocalDate.of(2024, 3, 15))).isFalse();
        assertThat(RotationRules.due(since, 5, LocalDate.of(2024, 3, 16))).isTrue();
        assertThat(RotationRules.dueSince(since, 5)).isEqualTo(LocalDate.of(2024, 3, 16));
    }

    @Test
    void aLeapDayAnniversaryFallsOnTheLastDayOfFebruary() {
        LocalDate since = LocalDate.of(2020, 2, 29);
        assertThat(RotationRules.dueSince(since, 5)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(RotationRules.due(since, 5, LocalDate.of(2025, 2, 28))).isFalse();
    }

    @Test
    void yearsHeldAreWholeYears() {
        assertThat(RotationRules.yearsHeld(LocalDate.of(2019, 3, 15), LocalDate.of(2024, 3, 14))).isEqualTo(4);
        assertThat(RotationRules.yearsHeld(LocalDate.of(2019, 3, 15), LocalDate.of(2024, 3, 15))).isEqualTo(5);
        assertThat(RotationRules.yearsHeld(LocalDate.of(2019, 3, 15), LocalDate.of(2018, 1, 1))).isZero();
    }
}
