package org.townreform.fiscal.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.townreform.fiscal.returns.ReturnCalculator;
import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.returns.RuleYear;
import org.townreform.fiscal.returns.YearReturns;
import org.townreform.fiscal.statement.StatementCalculator;
import org.townreform.fiscal.statement.StatementYear;
import org.townreform.fiscal.support.Amounts;

/**
 * 决算, pure: per rule, the annual return computed with the annual figures, compared with what the year's twelve
 * statements made payable and with what earlier settlements of the year (reopened since) already adjusted. A rule of a
 * version in force for part of the year returns, on the annual figures, that version's increment over its months (its
 * rule on the year-to-date figures at its last month minus the same rule on those at the month before its first), the
 * same figure its monthly lines add up to. The adjustment comes from a negative balance the monthly lines could not net
 * within the year and from what the ledger says now about months whose statements were already issued (late entries,
 * reversals); rounding never adds to it, because every line is the difference of two rounded cumulative figures.
 */
public final class SettlementCalculator {
    private SettlementCalculator() {
    }

    /** The settlement of a year whose lines nothing was issued for: the statements are the ones issuing them now gives. */
    public static List<SettlementLine> settle(YearReturns year) {
        return settle(year, StatementCalculator.year(year, List.of()), Map.of());
    }

    /**
     * @param year the year's lines as the ledger now stands, twelve months
     * @param statements the year's twelve statements (issued)
     * @param previous per rule, the adjustments of the year's earlier settlements (reopened since)
     */
    public static List<SettlementLine> settle(YearReturns year, StatementYear statements, Map<Long, BigDecimal> previous) {
        if (year.throughMonth() != 12 || statements.throughMonth() != 12) {
            throw new IllegalArgumentException("a settlement needs the twelve months of " + year.year());
        }
        Map<Long, RuleYear> rules = new LinkedHashMap<>();
        for (RuleYear r : year.rules()) {
            rules.put(r.rule().id(), r);
        }
        Map<Long, List<ReturnLine>> issued = new LinkedHashMap<>();
        for (Long id : rules.keySet()) {
            issued.put(id, new ArrayList<>());
        }
        for (ReturnLine l : statements.lines()) {
            issued.computeIfAbsent(l.ruleId(), k -> new ArrayList<>()).add(l);
        }
        for (Long id : previous.keySet()) {
            issued.computeIfAbsent(id, k -> new ArrayList<>());
        }
        List<SettlementLine> out = new ArrayList<>();
        for (Map.Entry<Long, List<ReturnLine>> e : issued.entrySet()) {
            RuleYear r = rules.get(e.getKey());
            List<ReturnLine> lines = e.getValue();
            BigDecimal amount = lines.stream().map(ReturnLine::amount).reduce(Amounts.ZERO, BigDecimal::add);
            BigDecimal payable = lines.stream().map(ReturnLine::payable).reduce(Amounts.ZERO, BigDecimal::add);
            BigDecimal carried = lines.isEmpty() ? Amounts.ZERO : lines.get(lines.size() - 1).carriedOut();
            BigDecimal before = Amounts.nz(previous.get(e.getKey()));
            BigDecimal base;
            BigDecimal annual;
            String annualText;
            if (r == null || r.lines().isEmpty()) {
                base = Amounts.ZERO;
                annual = Amounts.ZERO;
                annualText = "annual: the rule is in force in no month of " + year.year() + " = 0.00";
            } else {
                ReturnLine first = r.lines().get(0);
                ReturnLine last = r.lines().get(r.lines().size() - 1);
                base = last.ytdBase();
                BigDecimal endExact = ReturnCalculator.ytdReturn(r.rule(), base);
                BigDecimal end = Amounts.round(endExact);
                if (first.period().endsWith("-01")) {
                    annual = end;
                    annualText = "annual: " + ReturnCalculator.formula(r.rule(), base, endExact, end);
                } else {
                    BigDecimal startExact = ReturnCalculator.ytdReturn(r.rule(), first.previousYtdBase());
                    BigDecimal start = Amounts.round(startExact);
                    annual = end.subtract(start);
                    annualText = "annual, version in force " + first.period() + ".." + last.period() + ": "
                            + ReturnCalculator.formula(r.rule(), base, endExact, end) + " minus, before it began, "
                            + ReturnCalculator.formula(r.rule(), first.previousYtdBase(), startExact, start) + " = "
                            + Amounts.money(annual);
                }
                if (!last.period().endsWith("-12")) {
                    annualText += " (version ends " + last.period() + ")";
                }
            }
            BigDecimal adjustment = annual.subtract(payable).subtract(before);
            String formula = annualText + "; statements payable " + Amounts.money(payable) + " (lines "
                    + Amounts.money(amount) + ", carried at December " + Amounts.money(carried) + ")"
                    + (before.signum() == 0 ? "" : "; earlier settlements " + Amounts.money(before))
                    + "; adjustment = " + Amounts.money(annual) + " − " + Amounts.money(payable)
                    + (before.signum() == 0 ? "" : " − " + Amounts.money(before)) + " = " + Amounts.money(adjustment)
                    + " " + kindLabel(adjustment);
            ReturnLine model = r != null && !r.lines().isEmpty() ? r.lines().get(0) : lines.isEmpty() ? null : lines.get(0);
            long ruleId = e.getKey();
            out.add(new SettlementLine(ruleId, r != null ? r.rule().kind() : model == null ? null : model.ruleKind(),
                    r != null ? r.rule().categories() : model == null ? List.of() : model.categories(),
                    r != null ? r.rule().earmark() : model == null ? null : model.earmark(), base, annual, amount,
                    payable, before, adjustment, kind(adjustment), formula,
                    r != null ? Long.valueOf(r.policy().policyId()) : model == null ? null : model.policyId()));
        }
        return out;
    }

    public static String kind(BigDecimal adjustment) {
        return adjustment.signum() > 0 ? "SUPPLEMENT" : adjustment.signum() < 0 ? "REFUND" : "NONE";
    }

    private static String kindLabel(BigDecimal adjustment) {
        return adjustment.signum() > 0 ? "(补)" : adjustment.signum() < 0 ? "(退)" : "(no adjustment)";
    }
}
