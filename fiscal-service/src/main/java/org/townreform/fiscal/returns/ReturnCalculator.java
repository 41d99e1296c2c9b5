package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.SharingRule;
import org.townreform.fiscal.support.Amounts;
import org.townreform.fiscal.support.Periods;

/**
 * 返还计算 (SPEC §3.3), pure and deterministic: the same ledger totals and policy always give the same lines.
 * <p>
 * For each rule and month M of year Y: the line is the rule's year-to-date return at M minus its year-to-date return at
 * M−1 (zero before January), computed exactly and rounded HALF_UP to 0.01. A negative line is netted against the rule's
 * later lines of the year ({@link ReturnLine#carriedIn()}), never paid as a negative transfer.
 */
public final class ReturnCalculator {
    private ReturnCalculator() {
    }

    /** The lines of {@code year} through {@code throughMonth} (0–12) under {@code policy} (null: no lines). */
    public static YearReturns compute(PolicyTerms policy, int year, LedgerTotals totals, int throughMonth) {
        return compute(policy, year, totals, throughMonth, true);
    }

    /**
     * The same lines and amounts as {@link #compute}, without their {@code formula} and {@code explanation} texts
     * (null): for the totals of dashboards, reports and outstanding amounts, which show no line's text. Writing the
     * texts (a dozen figures per line) was most of the year view's cost.
     */
    public static YearReturns amounts(PolicyTerms policy, int year, LedgerTotals totals, int throughMonth) {
        return compute(policy, year, totals, throughMonth, false);
    }

    private static YearReturns compute(PolicyTerms policy, int year, LedgerTotals totals, int throughMonth,
            boolean explained) {
        if (throughMonth < 0 || throughMonth > 12) {
            throw new IllegalArgumentException("throughMonth " + throughMonth);
        }
        if (policy == null || !policy.covers(year)) {
            return YearReturns.none(year, throughMonth);
        }
        List<RuleYear> rules = new ArrayList<>();
        for (SharingRule rule : policy.rules()) {
            rules.add(ruleYear(policy, rule, year, totals, throughMonth, explained));
        }
        return new YearReturns(year, throughMonth, policy, rules);
    }

    private static RuleYear ruleYear(PolicyTerms policy, SharingRule rule, int year, LedgerTotals totals,
            int throughMonth, boolean explained) {
        List<ReturnLine> lines = new ArrayList<>();
        BigDecimal carry = Amounts.ZERO;
        for (int m = 1; m <= throughMonth; m++) {
            BigDecimal base = totals.ytd(rule.categories(), m);
            BigDecimal previousBase = totals.ytd(rule.categories(), m - 1);
            BigDecimal ytd = ytdReturn(rule, base);
            BigDecimal previousYtd = m == 1 ? BigDecimal.ZERO : ytdReturn(rule, previousBase);
            BigDecimal amount = Amounts.round(ytd.subtract(previousYtd));
            BigDecimal balance = carry.add(amount);
            BigDecimal payable = balance.signum() > 0 ? balance : Amounts.ZERO;
            BigDecimal carriedOut = balance.signum() < 0 ? balance : Amounts.ZERO;
            String period = Periods.format(year, m);
            String formula = null;
            String explanation = null;
            if (explained) {
                String previousPeriod = m == 1 ? null : Periods.format(year, m - 1);
                formula = "YTD " + period + ": " + formula(rule, base, ytd) + "; "
                        + (previousPeriod == null
                                ? "start of year: 0.00"
                                : "YTD " + previousPeriod + ": " + formula(rule, previousBase, previousYtd))
                        + "; line = " + Amounts.exact(ytd) + " − " + Amounts.exact(previousYtd) + " = "
                        + Amounts.money(amount) + (amount.compareTo(ytd.subtract(previousYtd)) == 0 ? "" : " (HALF_UP)")
                        + (carry.signum() == 0 && amount.signum() >= 0
                                ? ""
                                : "; payable = max(0, " + Amounts.money(carry) + " carried + " + Amounts.money(amount)
                                        + ") = " + Amounts.money(payable) + ", carried on " + Amounts.money(carriedOut));
                explanation = describe(rule) + " of " + policy.describe() + "; ledger "
                        + rule.categoryList() + " year to date " + period + ": " + Amounts.money(base)
                        + (rule.kind() == org.townreform.fiscal.policy.RuleKind.PER_UNIT ? " mu" : "")
                        + (previousPeriod == null ? "" : ", to " + previousPeriod + ": " + Amounts.money(previousBase))
                        + "; earmark: " + (rule.earmark() == null ? "none (general purpose)" : rule.earmark());
            }
            lines.add(new ReturnLine(period, rule.id(), rule.kind(), rule.categories(), rule.earmark(),
                    policy.policyId(), policy.versionNo(), base, previousBase, ytd, previousYtd, amount, carry, payable,
                    carriedOut, formula, explanation));
            carry = carriedOut;
        }
        return new RuleYear(rule, lines);
    }

    /** A rule's return on a year-to-date base, exact (not rounded): the rounding is applied to each line. */
    public static BigDecimal ytdReturn(SharingRule rule, BigDecimal base) {
        return switch (rule.kind()) {
            case EXCESS_OVER_BASELINE -> rule.rate().multiply(base.subtract(rule.baseline()).max(BigDecimal.ZERO));
            case PROPORTIONAL -> rule.rate().multiply(base);
            case FULL_RETURN -> base;
            case PER_UNIT -> rule.unitAmount().multiply(base);
        };
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
