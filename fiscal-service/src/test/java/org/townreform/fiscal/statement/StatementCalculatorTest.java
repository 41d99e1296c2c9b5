package org.townreform.fiscal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.policy.SharingRule;
import org.townreform.fiscal.returns.LedgerTotals;
import org.townreform.fiscal.returns.ReturnCalculator;
import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.returns.YearReturns;

/** Issued statements never change; what the ledger says later about their months goes into the next statement. */
class StatementCalculatorTest {
    private static final RevenueCategory NEW = RevenueCategory.TAX_NEW_ENTERPRISE;
    private static final LocalDate ISSUED = LocalDate.of(2026, 4, 5);

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static PolicyTerms policy(LocalDate from, LocalDate to, long ruleId) {
        return new PolicyTerms(ruleId, 1, "p", from, to, List.of(new SharingRule(ruleId, RuleKind.PROPORTIONAL,
                List.of(NEW), d("0.80"), null, null, null, null, null)));
    }

    static List<MonthStatement> issue(YearReturns y, int through) {
        StatementYear s = StatementCalculator.year(y, List.of());
        return s.months().subList(0, through).stream().map(m -> m.asIssued((long) m.month(), ISSUED, "财政局"))
                .toList();
    }

    @Test
    void aLateEntryForAnIssuedMonthLeavesItsStatementAndGoesIntoTheNextAsACarriedLine() {
        PolicyTerms p = policy(LocalDate.of(2026, 1, 1), null, 1);
        LedgerTotals before = LedgerTotals.builder().add(1, NEW, d("1000.00")).add(2, NEW, d("1000.00"))
                .add(3, NEW, d("1000.00")).build();
        List<MonthStatement> issued = issue(ReturnCalculator.compute(p, 2026, before, 3), 3);
        // a late entry of 250.00 for February, and April's own revenue
        LedgerTotals now = LedgerTotals.builder().add(1, NEW, d("1000.00")).add(2, NEW, d("1250.00"))
                .add(3, NEW, d("1000.00")).add(4, NEW, d("1000.00")).build();

        StatementYear y = StatementCalculator.year(ReturnCalculator.compute(p, 2026, now, 4), issued);

        assertThat(y.month(2).issued()).isTrue();
        assertThat(y.month(2).totalAmount()).isEqualTo(d("800.00"));
        MonthStatement april = y.month(4);
        assertThat(april.issued()).isFalse();
        assertThat(april.lines()).extracting(ReturnLine::lineType).containsExactly(ReturnLine.CARRIED,
                ReturnLine.MONTH);
        ReturnLine carried = april.lines().get(0);
        assertThat(carried.amount()).isEqualTo(d("200.00"));
        assertThat(carried.ytdReturn()).isEqualTo(d("2600.00"));
        assertThat(carried.previousYtdReturn()).isEqualTo(d("2400.00"));
        assertThat(carried.period()).isEqualTo("2026-04");
        assertThat(carried.formula()).contains("carried from earlier periods 2026-01..2026-03")
                .contains("2,600.00 − issued 2,400.00 = 200.00");
        assertThat(april.totalPayable()).isEqualTo(d("1000.00"));
        // the year still adds up to the ledger's year to date
        assertThat(y.totalAmount()).isEqualTo(d("3400.00"));
    }

    @Test
    void aReversalOfAnIssuedMonthIsNettedAgainstTheNextStatementsLines() {
        PolicyTerms p = policy(LocalDate.of(2026, 1, 1), null, 1);
        LedgerTotals before = LedgerTotals.builder().add(1, NEW, d("1000.00")).build();
        List<MonthStatement> issued = issue(ReturnCalculator.compute(p, 2026, before, 1), 1);
        LedgerTotals now = LedgerTotals.builder().add(1, NEW, d("500.00")).add(2, NEW, d("250.00")).build();

        MonthStatement feb = StatementCalculator.year(ReturnCalculator.compute(p, 2026, now, 2), issued).month(2);

        assertThat(feb.lines()).extracting(ReturnLine::amount).containsExactly(d("-400.00"), d("200.00"));
        assertThat(feb.lines()).extracting(ReturnLine::payable).containsExactly(d("0.00"), d("0.00"));
        assertThat(feb.lines().get(1).carriedIn()).isEqualTo(d("-400.00"));
        assertThat(feb.lines().get(1).carriedOut()).isEqualTo(d("-200.00"));
        assertThat(feb.lines().get(1).formula()).contains("payable = max(0, -400.00 carried + 200.00) = 0.00");
    }

    @Test
    void nothingLateNoCarriedLineAndTheStatementsAreTheComputedLines() {
        PolicyTerms p = policy(LocalDate.of(2026, 1, 1), null, 1);
        LedgerTotals t = LedgerTotals.builder().add(1, NEW, d("1000.00")).add(2, NEW, d("3.33")).build();
        YearReturns y = ReturnCalculator.compute(p, 2026, t, 3);
        StatementYear s = StatementCalculator.year(y, issue(y, 1));
        assertThat(s.lines()).extracting(ReturnLine::lineType).containsOnly(ReturnLine.MONTH);
        assertThat(s.lines()).extracting(ReturnLine::amount).containsExactlyElementsOf(
                y.rules().get(0).lines().stream().map(ReturnLine::amount).toList());
    }

    @Test
    void aVersionEndedBeforeMonthsAlreadyIssuedUnderItIsGivenBackThroughTheNextStatement() {
        PolicyTerms long_ = policy(LocalDate.of(2026, 1, 1), null, 1);
        LedgerTotals t = LedgerTotals.builder().add(1, NEW, d("1000.00")).add(2, NEW, d("1000.00")).build();
        List<MonthStatement> issued = issue(ReturnCalculator.compute(long_, 2026, t, 2), 2);
        // the version is later ended on 31 January and a new one (rule 2, 0.80 too) holds from February
        PolicyTerms shortened = policy(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 1);
        PolicyTerms next = policy(LocalDate.of(2026, 2, 1), null, 2);
        YearReturns now = ReturnCalculator.compute(List.of(shortened, next), 2026, t, 3);

        MonthStatement march = StatementCalculator.year(now, issued).month(3);
        assertThat(march.lines()).extracting(ReturnLine::ruleId, ReturnLine::lineType, ReturnLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, ReturnLine.CARRIED, d("-800.00")),
                        org.assertj.core.groups.Tuple.tuple(2L, ReturnLine.CARRIED, d("800.00")),
                        org.assertj.core.groups.Tuple.tuple(2L, ReturnLine.MONTH, d("0.00")));
    }
}
