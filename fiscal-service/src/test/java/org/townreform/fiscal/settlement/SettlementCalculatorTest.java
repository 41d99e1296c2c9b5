package org.townreform.fiscal.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.policy.SharingRule;
import org.townreform.fiscal.returns.LedgerTotals;
import org.townreform.fiscal.returns.ReturnCalculator;

class SettlementCalculatorTest {
    private static final RevenueCategory NEW = RevenueCategory.TAX_NEW_ENTERPRISE;

    static PolicyTerms policy(String rate) {
        return new PolicyTerms(1, 1, "p", LocalDate.of(2025, 1, 1), null, List.of(
                new SharingRule(9, RuleKind.PROPORTIONAL, List.of(NEW), new BigDecimal(rate), null, null, null, null,
                        null)));
    }

    static SettlementLine settle(String rate, LedgerTotals t) {
        return SettlementCalculator.settle(ReturnCalculator.compute(policy(rate), 2025, t, 12), t).get(0);
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
    void monthlyLinesRoundedDownAreMadeUpAtSettlement() {
        // 0.40 × 0.01 = 0.004 a month: every line rounds to 0.00, the year's 0.048 to 0.05 → 补 0.05
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            b.add(m, NEW, new BigDecimal("0.01"));
        }
        SettlementLine l = settle("0.40", b.build());
        assertThat(l.monthlyPayable()).isEqualByComparingTo("0.00");
        assertThat(l.annualReturn()).isEqualByComparingTo("0.05");
        assertThat(l.adjustment()).isEqualByComparingTo("0.05");
        assertThat(l.adjustmentKind()).isEqualTo("SUPPLEMENT");
    }

    @Test
    void monthlyLinesRoundedUpAreGivenBack() {
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            b.add(m, NEW, new BigDecimal("0.01"));
        }
        SettlementLine l = settle("0.80", b.build()); // 0.008 → 0.01 a month, 0.12; the year's 0.096 → 0.10
        assertThat(l.adjustment()).isEqualByComparingTo("-0.02");
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
