package org.townreform.personnel.adjustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AdjustmentRulesTest {
    private static final LocalDate DUE = LocalDate.of(2025, 2, 28);

    @Test
    void overdueOnlyAfterTheDueDayWhileUnresolved() {
        assertThat(AdjustmentRules.overdue(null, DUE, DUE)).isFalse();
        assertThat(AdjustmentRules.overdue(null, DUE, DUE.plusDays(1))).isTrue();
        assertThat(AdjustmentRules.overdue(DUE.plusDays(3), DUE, DUE.plusDays(1))).isTrue();
        assertThat(AdjustmentRules.overdue(DUE.plusDays(3), DUE, DUE.plusDays(3))).isFalse();
        assertThat(AdjustmentRules.overdue(DUE, DUE, DUE.plusDays(30))).isFalse();
    }

    @Test
    void lateWhenResolvedAfterTheDueDay() {
        assertThat(AdjustmentRules.resolvedLate(null, DUE)).isFalse();
        assertThat(AdjustmentRules.resolvedLate(DUE, DUE)).isFalse();
        assertThat(AdjustmentRules.resolvedLate(DUE.plusDays(1), DUE)).isTrue();
    }
}
