package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.policy.SharingRule;
import org.townreform.fiscal.support.Amounts;
import org.townreform.fiscal.support.Periods;

/**
 * 返还计算, pure and deterministic: the same ledger totals and policy versions always give the same lines.
 * <p>
 * Each month is computed under the version in force that month. For a rule of a version and a month M the version is in
 * force: the line is the rule's year-to-date return at M, rounded HALF_UP to 0.01, minus its year-to-date return at M−1,
 * rounded the same way (zero before January). A version's rule always reads the year's cumulative figures from January
 * (an excess over a baseline compares the year-to-date revenue with the full annual baseline), so in the first month of
 * a version that begins mid-year the rule's "month before" is that same rule applied to the figures through the month
 * before the version began: the months under a version receive that version's increments, never a negative line
 * because a rate dropped. A category no rule of the version in force reads returns nothing that month. Because each line
 * is the difference of two rounded cumulative figures, a rule's lines add up to its rounded cumulative return and no
 * cent of rounding drifts. A negative line is netted against the rule's later lines of the year
 * ({@link ReturnLine#carriedIn()}), never paid as a negative transfer.
 */
public final class ReturnCalculator {
    private ReturnCalculator() {
    }

    /** The lines of {@code year} through {@code throughMonth} (0–12) under one version (null: no lines). */
    public static YearReturns compute(PolicyTerms policy, int year, LedgerTotals totals, int throughMonth) {
        return compute(policy == null ? List.of() : List.of(policy), year, totals, throughMonth, true);
    }

    /** The lines of {@code year} through {@code throughMonth} (0–12) under the town's versions (any order). */
    public static YearReturns compute(List<PolicyTerms> versions, int year, LedgerTotals totals, int throughMonth) {
        return compute(versions, year, totals, throughMonth, true);
    }

    /**
     * The same lines and amounts as {@link #compute}, without their {@code formula} and {@code explanation} texts
     * (null): for the totals of dashboards, reports and outstanding amounts, which show no line's text. Writing the
     * texts (a dozen figures per line) was most of the year view's cost.
     */
    public static YearReturns amounts(PolicyTerms policy, int year, LedgerTotals totals, int throughMonth) {
        return compute(policy == null ? List.of() : List.of(policy), year, totals, throughMonth, false);
    }

    public static YearReturns amounts(List<PolicyTerms> versions, int year, LedgerTotals totals, int throughMonth) {
        return compute(versions, year, totals, throughMonth, false);
    }

    private static YearReturns compute(List<PolicyTerms> versions, int year, LedgerTotals totals, int throughMonth,
            boolean explained) {
        if (throughMonth < 0 || throughMonth > 12) {
            throw new IllegalArgumentException("throughMonth " + throughMonth);
        }
        List<PolicyTerms> inYear = versions.stream().filter(p -> p.covers(year))
                .sorted(java.util.Comparator.comparing(PolicyTerms::validFrom)).toList();
        List<RuleYear> rules = new ArrayList<>();
        for (PolicyTerms policy : inYear) {
            for (SharingRule rule : policy.rules()) {
                rules.add(ruleYear(policy, rule, year, totals, throughMonth, explained));
            }
        }
        return new YearReturns(year, throughMonth, inYear, rules);
    }

    private static RuleYear ruleYear(PolicyTerms policy, SharingRule rule, int year, LedgerTotals totals,
            int throughMonth, boolean explained) {
        List<ReturnLine> lines = new ArrayList<>();
        BigDecimal carry = Amounts.ZERO;
        int first = policy.firstMonthIn(year);
        int last = Math.min(policy.lastMonthIn(year), throughMonth);
        for (int m = first; m <= last; m++) {
            BigDecimal base = totals.ytd(rule.categories(), m);
            BigDecimal previousBase = totals.ytd(rule.categories(), m - 1);
            BigDecimal ytdExact = ytdReturn(rule, base);
            BigDecimal previousExact = m == 1 ? BigDecimal.ZERO : ytdReturn(rule, previousBase);
            BigDecimal ytd = Amounts.round(ytdExact);
            BigDecimal previousYtd = Amounts.round(previousExact);
            BigDecimal amount = ytd.subtract(previousYtd);
            BigDecimal balance = carry.add(amount);
            BigDecimal payable = balance.signum() > 0 ? balance : Amounts.ZERO;
            BigDecimal carriedOut = balance.signum() < 0 ? balance : Amounts.ZERO;
            String period = Periods.format(year, m);
            String formula = null;
            String explanation = null;
            if (explained) {
                String previousPeriod = m == 1 ? null : Periods.format(year, m - 1);
                String before = previousPeriod == null
                        ? "start of year: 0.00"
                        : (m == first ? "version begins " + period + ", its rule on YTD " : "YTD ") + previousPeriod
                                + ": " + formula(rule, previousBase, previousExact, previousYtd);
                formula = ReturnLine.withNetting("YTD " + period + ": " + formula(rule, base, ytdExact, ytd) + "; "
                        + before + "; line = " + Amounts.money(ytd) + " − " + Amounts.money(previousYtd) + " = "
                        + Amounts.money(amount), carry, amount, payable, carriedOut);
                explanation = describe(rule) + " of " + policy.describe() + "; ledger "
                        + rule.categoryList() + " year to date " + period + ": " + Amounts.money(base)
                        + (rule.kind() == RuleKind.PER_UNIT ? " mu" : "")
                        + (previousPeriod == null ? "" : ", to " + previousPeriod + ": " + Amounts.money(previousBase))
                        + "; earmark: " + (rule.earmark() == null ? "none (general purpose)" : rule.earmark());
            }
            lines.add(new ReturnLine(period, ReturnLine.MONTH, rule.id(), rule.kind(), rule.categories(),
                    rule.earmark(), policy.policyId(), policy.versionNo(), base, previousBase, ytd, previousYtd, amount,
                    carry, payable, carriedOut, formula, explanation, false, null));
            carry = carriedOut;
        }
        return new RuleYear(rule, policy, lines);
    }

    /** A rule's return on a year-to-date base, exact (not rounded): the rounding is applied to the cumulative figure. */
    public static BigDecimal ytdReturn(SharingRule rule, BigDecimal base) {
        return switch (rule.kind()) {
            case EXCESS_OVER_BASELINE -> rule.rate().multiply(base.subtract(rule.baseline()).max(BigDecimal.ZERO));
            case PROPORTIONAL -> rule.rate().multiply(base);
            case FULL_RETURN -> base;
            case PER_UNIT -> rule.unitAmount().multiply(base);
        };
    }

    /**
     * The rule's formula on a base, numbers filled in, with the rounded figure when rounding changed it: {@code 0.80 ×
     * 1,250,000.00 = 1,000,000.00}, {@code 0.8125 × 1,000.01 = 812.508125 → 812.51}.
     */
    public static String formula(SharingRule rule, BigDecimal base, BigDecimal exact, BigDecimal rounded) {
        String f = formula(rule, base, exact);
        return exact.compareTo(rounded) == 0 ? f : f + " → " + Amounts.money(rounded) + " (HALF_UP)";
    }

    /** The rule's formula on a base, numbers filled in: {@code 0.80 × 1,250,000.00 = 1,000,000.00}. */
    public static String formula(SharingRule rule, BigDecimal base, BigDecimal result) {
        String r = Amounts.exact(result);
        return switch (rule.kind()) {
            case EXCESS_OVER_BASELINE -> Amounts.rate(rule.rate()) + " × max(0, " + Amounts.money(base) + " − "
                    + Amounts.money(rule.baseline()) + ") = " + r;
            case PROPORTIONAL -> Amounts.rate(rule.rate()) + " × " + Amounts.money(base) + " = " + r;
            case FULL_RETURN -> "1.00 × " + Amounts.money(base) + " = " + r;
            case PER_UNIT -> Amounts.money(rule.unitAmount()) + " × " + Amounts.money(base) + " mu = " + r;
        };
    }

    /** "rule #12 PROPORTIONAL 0.80 × TAX_NEW_ENTERPRISE". */
    public static String describe(SharingRule rule) {
        String what = switch (rule.kind()) {
            case EXCESS_OVER_BASELINE -> Amounts.rate(rule.rate()) + " × max(0, YTD " + rule.categoryList()
                    + " − baseline " + Amounts.money(rule.baseline()) + " (annual revenue of " + rule.baseYear() + "))";
            case PROPORTIONAL -> Amounts.rate(rule.rate()) + " × YTD " + rule.categoryList();
            case FULL_RETURN -> "100% of YTD " + rule.categoryList();
            case PER_UNIT -> Amounts.money(rule.unitAmount()) + " per mu of YTD " + rule.categoryList();
        };
        return "rule #" + rule.id() + " " + rule.kind() + " (" + what + ")"
                + (rule.label() == null ? "" : " \"" + rule.label() + "\"");
    }
}
