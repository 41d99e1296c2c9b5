package org.townreform.personnel.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotaFiguresTest {

    @Test
    void vacancyRateIsVacantOverQuotaToTwoDecimalsHalfUp() {
        assertThat(QuotaFigures.of(4, 3).vacancyRate()).hasToString("0.25");
        assertThat(QuotaFigures.of(3, 1).vacancyRate()).hasToString("0.67");
        assertThat(QuotaFigures.of(3, 2).vacancyRate()).hasToString("0.33");
        assertThat(QuotaFigures.of(8, 7).vacancyRate()).hasToString("0.13");
        assertThat(QuotaFigures.of(5, 5).vacancyRate()).hasToString("0.00");
        assertThat(QuotaFigures.of(5, 0).vacancyRate()).hasToString("1.00");
    }

    @Test
    void aZeroQuotaHasNothingVacant() {
        QuotaFigures f = QuotaFigures.of(0, 0);
        assertThat(f.vacant()).isZero();
        assertThat(f.vacancyRate()).hasToString("0.00");
    }

    @Test
    void overOccupationShowsNoNegativeVacancy() {
        assertThat(QuotaFigures.of(2, 3).vacant()).isZero();
        assertThat(QuotaFigures.of(2, 3).vacancyRate()).hasToString("0.00");
    }

    @Test
    void totalsRecomputeTheRateFromTheSums() {
        QuotaFigures total = QuotaFigures.of(4, 3).plus(QuotaFigures.of(3, 0));
        assertThat(total.quota()).isEqualTo(7);
        assertThat(total.occupied()).isEqualTo(3);
        assertThat(total.vacant()).isEqualTo(4);
        assertThat(total.vacancyRate()).hasToString("0.57");
    }
}
