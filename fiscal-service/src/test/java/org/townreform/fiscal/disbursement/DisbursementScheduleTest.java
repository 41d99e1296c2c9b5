package org.townreform.fiscal.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OfficialCalendars;
import org.townreform.common.time.WorkingDayCalendar;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.policy.SharingRule;
import org.townreform.fiscal.returns.LedgerTotals;
import org.townreform.fiscal.returns.ReturnCalculator;
import org.townreform.fiscal.returns.YearReturns;

class DisbursementScheduleTest {
    private final WorkingDayCalendar cal = OfficialCalendars.calendar(2025, 2026);

    private DisbursementSchedule.Deadlines of(String period) {
        return DisbursementSchedule.of(YearMonth.parse(period), cal, 1, 3);
    }

    @Test
    void dueByTheEndOfTheFollowingMonthMovedOffRestDays() {
        // 2026-10-31 is a Saturday → Monday 2 November
        assertThat(of("2026-09").dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        // 2026-02-28 is a Saturday but a make-up working day (调休) of the Spring Festival → stays
        assertThat(of("2026-01").dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        // 2025-05-31 is the Dragon Boat holiday (31 May – 2 June) → Tuesday 3 June
        assertThat(of("2025-04").dueDate()).isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void overdueThreeMonthsAfterThePeriodEndsCountedAsTheCivilCodeCountsMonths() {
        assertThat(of("2026-01").overdueAfter()).isEqualTo(LocalDate.of(2026, 4, 30));
        // 2025-06-30 + 3 months = 2025-09-30 (a Tuesday)
        assertThat(of("2025-06").overdueAfter()).isEqualTo(LocalDate.of(2025, 9, 30));
        // 2025-07-31 + 3 months = 2025-10-31 (a Friday)
        assertThat(of("2025-07").overdueAfter()).isEqualTo(LocalDate.of(2025, 10, 31));
        // 2026-06-30 + 3 months = 2026-09-30 (Wednesday) — fine; 2026-07-31 + 3 = 2026-10-31 Saturday → 2 November
        assertThat(of("2026-07").overdueAfter()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void aDeadlineInAYearWithNoCalendarIsProvisional() {
        assertThat(of("2026-06").provisional()).isFalse();
        assertThat(of("2026-11").provisional()).isTrue(); // overdue in February 2027, not loaded
    }

    @Test
    void statusOnADay() {
        DisbursementSchedule.Deadlines d = of("2026-01");
        BigDecimal hundred = new BigDecimal("100.00");
        BigDecimal zero = new BigDecimal("0.00");
        assertThat(DisbursementSchedule.status(hundred, zero, LocalDate.of(2026, 2, 28), d))
                .isEqualTo(DisbursementStatus.DUE);
        assertThat(DisbursementSchedule.status(hundred, zero, LocalDate.of(2026, 3, 2), d))
                .isEqualTo(DisbursementStatus.LATE);
        assertThat(DisbursementSchedule.status(hundred, zero, LocalDate.of(2026, 4, 30), d))
                .isEqualTo(DisbursementStatus.LATE);
        assertThat(DisbursementSchedule.status(hundred, zero, LocalDate.of(2026, 5, 1), d))
                .isEqualTo(DisbursementStatus.OVERDUE);
        assertThat(DisbursementSchedule.status(hundred, hundred, LocalDate.of(2026, 5, 1), d))
                .isEqualTo(DisbursementStatus.PAID);
        assertThat(DisbursementSchedule.status(zero, hundred, LocalDate.of(2026, 5, 1), d))
                .isEqualTo(DisbursementStatus.OVERPAID);
        assertThat(DisbursementSchedule.status(zero, zero, LocalDate.of(2026, 5, 1), d))
                .isEqualTo(DisbursementStatus.NOTHING_DUE);
    }

    @Test
    void outstandingPerPeriodAndEarmarkWithPartialDisbursementsAndTheSettlementAdjustment() {
        SharingRule general = new SharingRule(1, RuleKind.PROPORTIONAL,
                List.of(RevenueCategory.TAX_NEW_ENTERPRISE), new BigDecimal("0.80"), null, null, null, null, null);
        SharingRule mining = new SharingRule(2, RuleKind.PROPORTIONAL, List.of(RevenueCategory.MINING_RIGHTS),
                new BigDecimal("0.50"), null, null, null, "地质灾害防治", null);
        PolicyTerms p = new PolicyTerms(1, 1, "p", LocalDate.of(2025, 1, 1), null, List.of(general, mining));
        LedgerTotals t = LedgerTotals.builder()
                .add(1, RevenueCategory.TAX_NEW_ENTERPRISE, new BigDecimal("1000.00"))
                .add(1, RevenueCategory.MINING_RIGHTS, new BigDecimal("400.00"))
                .build();
        YearReturns y = ReturnCalculator.compute(p, 2025, t, 12);
        Map<OutstandingCalculator.Key, BigDecimal> paid = Map.of(
                new OutstandingCalculator.Key(YearMonth.of(2025, 1), null), new BigDecimal("300.00"));
        Map<Integer, Map<String, BigDecimal>> adjustments = Map.of(2025,
                java.util.Collections.singletonMap(null, new BigDecimal("-0.02")));

        List<OutstandingRow> rows = OutstandingCalculator.rows(
                List.of(org.townreform.fiscal.statement.StatementCalculator.year(y, List.of())), adjustments, paid,
                LocalDate.of(2025, 3, 15), ym -> of(ym.toString()));

        assertThat(rows).extracting(OutstandingRow::period, OutstandingRow::earmark, OutstandingRow::outstanding,
                OutstandingRow::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-01", null, new BigDecimal("500.00"),
                                DisbursementStatus.LATE),
                        org.assertj.core.groups.Tuple.tuple("2025-01", "地质灾害防治", new BigDecimal("200.00"),
                                DisbursementStatus.LATE),
                        org.assertj.core.groups.Tuple.tuple("2025-12", null, new BigDecimal("-0.02"),
                                DisbursementStatus.OVERPAID));
        OutstandingSummary s = OutstandingSummary.of(rows);
        assertThat(s.outstanding()).isEqualByComparingTo("700.00");
        assertThat(s.late()).isEqualByComparingTo("700.00");
        assertThat(s.overpaid()).isEqualByComparingTo("0.02");
    }
}
