package org.townreform.fiscal.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.policy.SharingRule;
import org.townreform.fiscal.returns.LedgerTotals;
import org.townreform.fiscal.returns.ReturnCalculator;
import org.townreform.fiscal.returns.YearReturns;
import org.townreform.fiscal.statement.StatementCalculator;
import org.townreform.fiscal.statement.StatementYear;

class SettlementCalculatorTest {
    private static final RevenueCategory NEW = RevenueCategory.TAX_NEW_ENTERPRISE;

    static PolicyTerms policy(String rate) {
        return new PolicyTerms(1, 1, "p", LocalDate.of(2025, 1, 1), null, List.of(
                new SharingRule(9, RuleKind.PROPORTIONAL, List.of(NEW), new BigDecimal(rate), null, null, null, null,
                        null)));
    }

    static SettlementLine settle(String rate, LedgerTotals t) {
        return SettlementCalculator.settle(ReturnCalculator.compute(policy(rate), 2025, t, 12)).get(0);
    }

    @Test
    void aReversalInDecemberThatNoLaterLineCanAbsorbIsGivenBackAtSettlement() {
        LedgerTotals t = LedgerTotals.builder()
                .add(3, NEW, new BigDecimal("1000000.00"))
                .add(12, NEW, new BigDecimal("-1000000.00")) // March's entry reversed in December
                .add(12, NEW, new BigDecimal("250000.00"))
                .build();
        SettlementLine l = settle("0.80", t);

        // monthly: March pays 800,000.00; December's line is −600,000.00, payable 0.00 → 800,000.00 paid
        assertThat(l.monthlyAmount()).isEqualByComparingTo("200000.00");
        assertThat(l.monthlyPayable()).isEqualByComparingTo("800000.00");
        assertThat(l.annualReturn()).isEqualByComparingTo("200000.00");
        assertThat(l.adjustment()).isEqualByComparingTo("-600000.00");
        assertThat(l.adjustmentKind()).isEqualTo("REFUND");
        assertThat(l.formula()).contains("annual: 0.80 × 250,000.00 = 200,000.00")
                .contains("adjustment = 200,000.00 − 800,000.00 = -600,000.00 (退)");
    }

    @Test
    void noCentOfRoundingIsSupplementedOrRefunded() {
        // 0.40 × 0.01 = 0.004 a month and 0.80 × 0.01 = 0.008: the lines are differences of rounded year-to-date
        // figures, so they add up to the rounded annual return (0.05, 0.10) and nothing is left to settle
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            b.add(m, NEW, new BigDecimal("0.01"));
        }
        SettlementLine low = settle("0.40", b.build());
        assertThat(low.monthlyPayable()).isEqualByComparingTo("0.05");
        assertThat(low.annualReturn()).isEqualByComparingTo("0.05");
        assertThat(low.adjustment()).isEqualByComparingTo("0.00");
        SettlementLine high = settle("0.80", b.build());
        assertThat(high.monthlyPayable()).isEqualByComparingTo("0.10");
        assertThat(high.adjustment()).isEqualByComparingTo("0.00");
        assertThat(high.adjustmentKind()).isEqualTo("NONE");
    }

    @Test
    void whatTheLedgerNowSaysAboutIssuedMonthsIsSettledAgainstTheIssuedStatements() {
        LedgerTotals before = LedgerTotals.builder().add(6, NEW, new BigDecimal("1000.00")).build();
        YearReturns asIssued = ReturnCalculator.compute(policy("0.80"), 2025, before, 12);
        StatementYear issued = StatementCalculator.year(asIssued, List.of());
        // a late entry of 500.00 for June, booked after December's statement
        LedgerTotals after = LedgerTotals.builder().add(6, NEW, new BigDecimal("1500.00")).build();
        YearReturns now = ReturnCalculator.compute(policy("0.80"), 2025, after, 12);

        SettlementLine l = SettlementCalculator.settle(now, issued, Map.of()).get(0);
        assertThat(l.annualReturn()).isEqualByComparingTo("1200.00");
        assertThat(l.monthlyPayable()).isEqualByComparingTo("800.00");
        assertThat(l.adjustment()).isEqualByComparingTo("400.00");
        assertThat(l.adjustmentKind()).isEqualTo("SUPPLEMENT");

        // settled again after an earlier settlement adjusted 400.00: nothing more, unless the ledger moved again
        SettlementLine again = SettlementCalculator.settle(now, issued, Map.of(9L, new BigDecimal("400.00"))).get(0);
        assertThat(again.previousAdjustments()).isEqualByComparingTo("400.00");
        assertThat(again.adjustment()).isEqualByComparingTo("0.00");
        assertThat(again.formula()).contains("adjustment = 1,200.00 − 800.00 − 400.00 = 0.00");
    }

    @Test
    void aVersionInForcePartOfTheYearIsSettledOnItsIncrementOverItsMonths() {
        PolicyTerms first = new PolicyTerms(1, 1, "p1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), List.of(
                new SharingRule(9, RuleKind.PROPORTIONAL, List.of(NEW), new BigDecimal("0.80"), null, null, null,
                        null, null)));
        PolicyTerms second = new PolicyTerms(2, 2, "p2", LocalDate.of(2025, 7, 1), null, List.of(
                new SharingRule(10, RuleKind.PROPORTIONAL, List.of(NEW), new BigDecimal("0.50"), null, null, null,
                        null, null)));
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            b.add(m, NEW, new BigDecimal("100.00"));
        }
        List<SettlementLine> lines = SettlementCalculator
                .settle(ReturnCalculator.compute(List.of(first, second), 2025, b.build(), 12));
        assertThat(lines).extracting(SettlementLine::annualReturn).containsExactly(new BigDecimal("480.00"),
                new BigDecimal("300.00"));
        assertThat(lines).extracting(SettlementLine::adjustment).containsOnly(new BigDecimal("0.00"));
        assertThat(lines.get(1).formula()).contains("annual, version in force 2025-07..2025-12: 0.50 × 1,200.00")
                .contains("0.50 × 600.00");
        assertThat(lines.get(0).formula()).contains("(version ends 2025-06)");
    }

    @Test
    void noDifferenceNoAdjustment() {
        SettlementLine l = settle("0.80", LedgerTotals.builder().add(5, NEW, new BigDecimal("1000.00")).build());
        assertThat(l.adjustment()).isEqualByComparingTo("0.00");
        assertThat(l.adjustmentKind()).isEqualTo("NONE");
    }

    @Test
    void theYearMovesOnlyAlongDeclaredTransitions() {
        assertThat(YearStatus.OPEN.apply(YearStatus.SETTLE)).isEqualTo(YearStatus.SETTLED);
        assertThat(YearStatus.SETTLED.apply(YearStatus.REOPEN)).isEqualTo(YearStatus.OPEN);
        assertThatThrownBy(() -> YearStatus.SETTLED.apply(YearStatus.SETTLE)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThatThrownBy(() -> YearStatus.OPEN.apply(YearStatus.REOPEN)).isInstanceOf(ProblemException.class);
    }
}
