package org.townreform.fiscal.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.policy.SharingRule;

/** Worked examples of SPEC §3.3, checkable by hand. */
class ReturnCalculatorTest {
    private static final RevenueCategory TAX = RevenueCategory.TAX_EXISTING;
    private static final RevenueCategory NEW = RevenueCategory.TAX_NEW_ENTERPRISE;
    private static final RevenueCategory MU = RevenueCategory.FARMLAND_RECLAIMED_MU;

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static PolicyTerms policy(SharingRule... rules) {
        return new PolicyTerms(7, 2, "测试政策", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), List.of(rules));
    }

    static SharingRule excess(String rate, String baseline) {
        return new SharingRule(1, RuleKind.EXCESS_OVER_BASELINE, List.of(TAX, NEW), d(rate), d(baseline), 2008, null,
                null, "超收返还");
    }

    static SharingRule proportional(String rate) {
        return new SharingRule(2, RuleKind.PROPORTIONAL, List.of(NEW), d(rate), null, null, null, null, null);
    }

    static SharingRule perUnit(String unit) {
        return new SharingRule(3, RuleKind.PER_UNIT, List.of(MU), null, null, null, d(unit), "城镇基础设施建设和耕地保护",
                null);
    }

    @Test
    void theExcessOverTheBaselineAppearsInTheMonthTheYearsRevenuePassesIt() {
        // Baseline: 2008's annual revenue 1,000,000.00; the town takes in 300,000.00 a month (taxes of both kinds).
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 6; m++) {
            b.add(m, TAX, d("200000.00")).add(m, NEW, d("100000.00"));
        }
        YearReturns y = ReturnCalculator.compute(policy(excess("1.00", "1000000.00")), 2026, b.build(), 6);

        List<ReturnLine> lines = y.rules().get(0).lines();
        assertThat(lines).extracting(ReturnLine::amount).containsExactly(d("0.00"), d("0.00"), d("0.00"),
                d("200000.00"), d("300000.00"), d("300000.00"));
        ReturnLine april = lines.get(3);
        assertThat(april.period()).isEqualTo("2026-04");
        assertThat(april.ytdBase()).isEqualByComparingTo("1200000.00");
        assertThat(april.previousYtdBase()).isEqualByComparingTo("900000.00");
        assertThat(april.formula()).contains("YTD 2026-04: 1.00 × max(0, 1,200,000.00 − 1,000,000.00) = 200,000.00")
                .contains("YTD 2026-03: 1.00 × max(0, 900,000.00 − 1,000,000.00) = 0.00")
                .contains("line = 200,000.00 − 0.00 = 200,000.00");
        assertThat(april.explanation()).contains("EXCESS_OVER_BASELINE").contains("policy #7 version 2")
                .contains("annual revenue of 2008").contains("1,200,000.00");
        assertThat(y.totalPayable()).isEqualByComparingTo("800000.00");
    }

    @Test
    void eightyPercentOfNewEnterpriseTaxWithAReversalInALaterMonthIsNettedNeverPaidNegative() {
        LedgerTotals t = LedgerTotals.builder()
                .add(1, NEW, d("1250000.00"))
                .add(2, NEW, d("100000.00"))
                .add(3, NEW, d("-1250000.00")) // reversal of January's entry, booked in March
                .add(4, NEW, d("500000.00"))
                .add(5, NEW, d("1000000.00"))
                .build();
        List<ReturnLine> l = ReturnCalculator.compute(policy(proportional("0.80")), 2026, t, 5).rules().get(0).lines();

        assertThat(l.get(0).formula()).contains("0.80 × 1,250,000.00 = 1,000,000.00").contains("start of year: 0.00");
        assertThat(l).extracting(ReturnLine::amount).containsExactly(d("1000000.00"), d("80000.00"),
                d("-1000000.00"), d("400000.00"), d("800000.00"));
        assertThat(l).extracting(ReturnLine::payable).containsExactly(d("1000000.00"), d("80000.00"), d("0.00"),
                d("0.00"), d("200000.00"));
        assertThat(l).extracting(ReturnLine::carriedOut).containsExactly(d("0.00"), d("0.00"), d("-1000000.00"),
                d("-600000.00"), d("0.00"));
        assertThat(l.get(3).carriedIn()).isEqualByComparingTo("-1000000.00");
        assertThat(l.get(3).formula()).contains("payable = max(0, -1,000,000.00 carried + 400,000.00) = 0.00");
    }

    @Test
    void theAmountsWithoutTextsAreTheExplainedLinesAmounts() {
        LedgerTotals t = LedgerTotals.builder()
                .add(1, TAX, d("3000000.00")).add(1, NEW, d("1250000.00"))
                .add(3, NEW, d("-1250000.00"))
                .add(5, MU, d("12.50")).add(6, TAX, d("2000000.00"))
                .build();
        PolicyTerms p = policy(excess("0.50", "4000000.00"), proportional("0.80"), perUnit("5000.00"));
        YearReturns explained = ReturnCalculator.compute(p, 2026, t, 9);
        YearReturns amounts = ReturnCalculator.amounts(p, 2026, t, 9);

        assertThat(explained.rules()).hasSize(3);
        assertThat(explained.rules()).flatExtracting(RuleYear::lines).allSatisfy(l -> {
            assertThat(l.formula()).isNotBlank();
            assertThat(l.explanation()).isNotBlank();
        });
        assertThat(amounts.rules()).flatExtracting(RuleYear::lines)
                .allSatisfy(l -> assertThat(l.formula()).isNull())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("formula", "explanation")
                .containsExactlyElementsOf(explained.rules().stream().flatMap(r -> r.lines().stream()).toList());
        assertThat(amounts.totalPayable()).isEqualByComparingTo(explained.totalPayable());
        assertThat(amounts.totalAmount()).isEqualByComparingTo(explained.totalAmount());
    }

    @Test
    void fiveThousandYuanPerMuOfReclaimedFarmland() {
        LedgerTotals t = LedgerTotals.builder().add(2, MU, d("12.50")).add(3, MU, d("3.25")).build();
        List<ReturnLine> l = ReturnCalculator.compute(policy(perUnit("5000.00")), 2026, t, 3).rules().get(0).lines();

        assertThat(l).extracting(ReturnLine::amount).containsExactly(d("0.00"), d("62500.00"), d("16250.00"));
        assertThat(l.get(1).formula()).contains("5,000.00 × 12.50 mu = 62,500.00");
        assertThat(l.get(1).earmark()).isEqualTo("城镇基础设施建设和耕地保护");
    }

    @Test
    void eachLineIsRoundedHalfUpFromTheExactYearToDateFigures() {
        SharingRule r = new SharingRule(4, RuleKind.PROPORTIONAL, List.of(NEW), d("0.8125"), null, null, null, null,
                null);
        LedgerTotals t = LedgerTotals.builder().add(1, NEW, d("1000.01")).add(2, NEW, d("1000.01")).build();
        List<ReturnLine> l = ReturnCalculator.compute(policy(r), 2026, t, 2).rules().get(0).lines();

        // the year-to-date figure is rounded where it stands (812.508125 → 812.51), and shown rounded
        assertThat(l.get(0).ytdReturn()).isEqualTo(d("812.51"));
        assertThat(l.get(0).amount()).isEqualTo(d("812.51"));
        assertThat(l.get(0).formula()).contains("0.8125 × 1,000.01 = 812.508125 → 812.51 (HALF_UP)");
        // February: 0.8125 × 2,000.02 = 1,625.01625 → 1,625.02; line 1,625.02 − 812.51
        assertThat(l.get(1).ytdReturn()).isEqualTo(d("1625.02"));
        assertThat(l.get(1).previousYtdReturn()).isEqualTo(d("812.51"));
        assertThat(l.get(1).amount()).isEqualTo(d("812.51"));
        assertThat(l.get(1).formula()).contains("line = 1,625.02 − 812.51 = 812.51");
    }

    @Test
    void theSameLedgerAndPolicyAlwaysGiveTheSameLines() {
        LedgerTotals t = LedgerTotals.builder().add(1, TAX, d("700000.00")).add(1, NEW, d("512345.67"))
                .add(2, NEW, d("-12345.67")).add(3, MU, d("1.00")).build();
        PolicyTerms p = policy(excess("0.60", "1000000.00"), perUnit("5000.00"));

        YearReturns first = ReturnCalculator.compute(p, 2026, t, 3);
        YearReturns again = ReturnCalculator.compute(p, 2026, t, 3);

        assertThat(again).isEqualTo(first);
        assertThat(again.month(1)).extracting(ReturnLine::amount).containsExactly(d("127407.40"), d("0.00"));
    }

    @Test
    void noPolicyForTheYearGivesNoLines() {
        LedgerTotals t = LedgerTotals.builder().add(1, NEW, d("100.00")).build();
        assertThat(ReturnCalculator.compute((PolicyTerms) null, 2026, t, 12).rules()).isEmpty();
        assertThat(ReturnCalculator.compute(policy(proportional("0.80")), 2024, t, 12).rules()).isEmpty();
    }

    @Test
    void fullReturnGivesEverythingBack() {
        SharingRule r = new SharingRule(5, RuleKind.FULL_RETURN, List.of(RevenueCategory.LAND_TRANSFER_NET),
                BigDecimal.ONE, null, null, null, "工业集中区基础设施建设", null);
        LedgerTotals t = LedgerTotals.builder().add(1, RevenueCategory.LAND_TRANSFER_NET, d("3456789.12")).build();
        ReturnLine l = ReturnCalculator.compute(policy(r), 2026, t, 1).month(1).get(0);
        assertThat(l.amount()).isEqualTo(d("3456789.12"));
        assertThat(l.formula()).contains("1.00 × 3,456,789.12 = 3,456,789.12");
    }

    @Test
    void linesAreDifferencesOfRoundedYearToDateFiguresSoNoCentDrifts() {
        // 0.40 × 0.01 = 0.004 a month: rounding each month's own return would give twelve lines of 0.00 and a year of
        // 0.00 against a rounded annual return of 0.05; differences of rounded YTD figures add up to exactly 0.05
        SharingRule r = new SharingRule(6, RuleKind.PROPORTIONAL, List.of(NEW), d("0.40"), null, null, null, null,
                null);
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            b.add(m, NEW, d("0.01"));
        }
        RuleYear y = ReturnCalculator.compute(policy(r), 2026, b.build(), 12).rules().get(0);

        assertThat(y.lines()).extracting(ReturnLine::amount).containsExactly(d("0.00"), d("0.01"), d("0.00"),
                d("0.01"), d("0.00"), d("0.00"), d("0.01"), d("0.00"), d("0.01"), d("0.00"), d("0.00"), d("0.01"));
        assertThat(y.totalAmount()).isEqualTo(d("0.05"));
        assertThat(y.lines().get(11).ytdReturn()).isEqualTo(d("0.05"));
        assertThat(y.lines().get(11).formula()).contains("0.40 × 0.12 = 0.048 → 0.05 (HALF_UP)")
                .contains("line = 0.05 − 0.04 = 0.01");
    }

    static PolicyTerms version(long id, int no, LocalDate from, LocalDate to, SharingRule... rules) {
        return new PolicyTerms(id, no, "版本" + no, from, to, List.of(rules));
    }

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
    static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

    @Test
    void aRateDroppedFromJulyGivesJulyTheNewRatesIncrementNeverANegativeLine() {
        SharingRule high = new SharingRule(11, RuleKind.PROPORTIONAL, List.of(NEW), d("0.80"), null, null, null,
                null, null);
        SharingRule low = new SharingRule(21, RuleKind.PROPORTIONAL, List.of(NEW), d("0.50"), null, null, null, null,
                null);
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            b.add(m, NEW, d("100000.00"));
        }
        YearReturns y = ReturnCalculator.compute(List.of(version(2, 2, JUL_1, null, low),
                version(1, 1, JAN_1, JUN_30, high)), 2026, b.build(), 12);

        assertThat(y.rules()).hasSize(2);
        RuleYear first = y.rules().get(0);
        RuleYear second = y.rules().get(1);
        assertThat(first.lines()).hasSize(6).extracting(ReturnLine::amount).containsOnly(d("80000.00"));
        assertThat(second.lines()).hasSize(6).extracting(ReturnLine::amount).containsOnly(d("50000.00"));
        ReturnLine july = second.line(7);
        // 0.50 × 700,000 − 0.50 × 600,000 (not − 0.80 × 600,000, which would make July −130,000.00)
        assertThat(july.previousYtdReturn()).isEqualTo(d("300000.00"));
        assertThat(july.ytdReturn()).isEqualTo(d("350000.00"));
        assertThat(july.formula()).contains("version begins 2026-07, its rule on YTD 2026-06: 0.50 × 600,000.00");
        assertThat(july.policyVersion()).isEqualTo(2);
        assertThat(y.policyAt(6).versionNo()).isEqualTo(1);
        assertThat(y.policyAt(7).versionNo()).isEqualTo(2);
        assertThat(y.month(7)).extracting(ReturnLine::ruleId).containsExactly(21L);
        assertThat(y.totalAmount()).isEqualTo(d("780000.00"));
    }

    @Test
    void aBaselineIsComparedWithTheYearsCumulativeRevenueUnderEachVersionAcrossTheChange() {
        // 200,000.00 a month against a 1,000,000.00 annual baseline: passed in May, June's excess under version 1 (1.00);
        // from July version 2 returns 0.50 of the excess, its increments from its own YTD at June
        SharingRule full = new SharingRule(12, RuleKind.EXCESS_OVER_BASELINE, List.of(TAX), d("1.00"),
                d("1000000.00"), 2008, null, null, null);
        SharingRule half = new SharingRule(22, RuleKind.EXCESS_OVER_BASELINE, List.of(TAX), d("0.50"),
                d("1000000.00"), 2008, null, null, null);
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            b.add(m, TAX, d("200000.00"));
        }
        YearReturns y = ReturnCalculator.compute(List.of(version(1, 1, JAN_1, JUN_30, full),
                version(2, 2, JUL_1, null, half)), 2026, b.build(), 12);

        assertThat(y.rules().get(0).lines()).extracting(ReturnLine::amount).containsExactly(d("0.00"), d("0.00"),
                d("0.00"), d("0.00"), d("0.00"), d("200000.00"));
        // July: 0.50 × (1,400,000 − 1,000,000) − 0.50 × (1,200,000 − 1,000,000) = 200,000 − 100,000
        assertThat(y.rules().get(1).lines()).extracting(ReturnLine::amount).containsOnly(d("100000.00"));
        assertThat(y.rules().get(1).totalAmount()).isEqualTo(d("600000.00"));

        // revenue of 150,000.00 a month: the baseline is passed only under version 2, in August
        LedgerTotals.Builder slow = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            slow.add(m, TAX, d("150000.00"));
        }
        YearReturns s = ReturnCalculator.compute(List.of(version(1, 1, JAN_1, JUN_30, full),
                version(2, 2, JUL_1, null, half)), 2026, slow.build(), 12);
        assertThat(s.rules().get(0).totalAmount()).isEqualTo(d("0.00"));
        assertThat(s.rules().get(1).lines()).extracting(ReturnLine::amount).containsExactly(d("25000.00"),
                d("75000.00"), d("75000.00"), d("75000.00"), d("75000.00"), d("75000.00"));
    }

    @Test
    void aCategoryTheVersionInForceHasNoRuleForReturnsNothingThoseMonths() {
        SharingRule mining = new SharingRule(13, RuleKind.FULL_RETURN, List.of(RevenueCategory.MINING_RIGHTS),
                BigDecimal.ONE, null, null, null, "地质灾害防治", null);
        SharingRule newTax = new SharingRule(23, RuleKind.PROPORTIONAL, List.of(NEW), d("0.80"), null, null, null,
                null, null);
        LedgerTotals.Builder b = LedgerTotals.builder();
        for (int m = 1; m <= 12; m++) {
            b.add(m, RevenueCategory.MINING_RIGHTS, d("1000.00")).add(m, NEW, d("1000.00"));
        }
        YearReturns y = ReturnCalculator.compute(List.of(version(1, 1, JAN_1, JUN_30, mining),
                version(2, 2, JUL_1, null, newTax)), 2026, b.build(), 12);

        assertThat(y.rules().get(0).lines()).hasSize(6);
        assertThat(y.rules().get(0).totalAmount()).isEqualTo(d("6000.00"));
        assertThat(y.month(8)).extracting(ReturnLine::ruleId).containsExactly(23L);
        // version 2's 0.80 of new-enterprise tax counts from July: 0.80 × 7,000 − 0.80 × 6,000
        assertThat(y.rules().get(1).line(7).amount()).isEqualTo(d("800.00"));
        assertThat(y.totalAmount()).isEqualTo(d("10800.00"));
    }

    @Test
    void monthsWithoutAVersionInForceHaveNoLines() {
        SharingRule r = new SharingRule(14, RuleKind.PROPORTIONAL, List.of(NEW), d("0.80"), null, null, null, null,
                null);
        LedgerTotals t = LedgerTotals.builder().add(3, NEW, d("1000.00")).add(11, NEW, d("500.00")).build();
        YearReturns y = ReturnCalculator.compute(List.of(version(1, 1, LocalDate.of(2026, 10, 1), null, r)), 2026, t,
                12);
        assertThat(y.month(9)).isEmpty();
        // October's line counts the year from January: 0.80 × 1,000 − the same rule on September's 1,000 → 0.00
        assertThat(y.rules().get(0).lines()).extracting(ReturnLine::amount).containsExactly(d("0.00"), d("400.00"),
                d("0.00"));
    }
}
