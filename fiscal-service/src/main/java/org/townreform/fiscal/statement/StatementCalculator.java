package org.townreform.fiscal.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.townreform.fiscal.returns.PolicyRef;
import org.townreform.fiscal.returns.ReturnCalculator;
import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.returns.RuleYear;
import org.townreform.fiscal.returns.YearReturns;
import org.townreform.fiscal.support.Amounts;
import org.townreform.fiscal.support.Periods;

/**
 * Monthly statements (返还结算单), pure. An issued statement is a document and never changes; what the ledger says later
 * about an issued month reaches the town through the next statement of the year: per rule, the rule's return for the
 * year's earlier months as the ledger now stands minus what the statements issued for them (a "carried from earlier
 * periods" line, netted with the rule's other lines like any line). After December's statement it reaches the town
 * through the annual settlement.
 */
public final class StatementCalculator {
    private StatementCalculator() {
    }

    /**
     * The year as the town sees it: for each month through {@code now.throughMonth()}, the issued statement when there is
     * one, else the statement issuing it now would give.
     *
     * @param now the year's lines as the ledger now stands
     * @param issued the year's issued statements (any order; months from January without gaps)
     */
    public static StatementYear year(YearReturns now, List<MonthStatement> issued) {
        Map<Integer, MonthStatement> byMonth = new java.util.HashMap<>();
        for (MonthStatement s : issued) {
            if (s.year() == now.year()) {
                byMonth.put(s.month(), s);
            }
        }
        List<MonthStatement> months = new ArrayList<>();
        for (int m = 1; m <= now.throughMonth(); m++) {
            MonthStatement s = byMonth.get(m);
            months.add(s != null ? s : draft(now, m, months));
        }
        return new StatementYear(now.year(), now.throughMonth(), months);
    }

    /**
     * The statement of {@code month} as issuing it now would give it, after {@code earlier} (the statements of January to
     * the month before, issued or provisional, in order).
     */
    public static MonthStatement draft(YearReturns now, int month, List<MonthStatement> earlier) {
        String period = Periods.format(now.year(), month);
        Map<Long, RuleYear> rules = new LinkedHashMap<>();
        for (RuleYear r : now.rules()) {
            rules.put(r.rule().id(), r);
        }
        Map<Long, List<ReturnLine>> before = new LinkedHashMap<>();
        for (RuleYear r : now.rules()) {
            before.put(r.rule().id(), new ArrayList<>());
        }
        for (MonthStatement s : earlier) {
            for (ReturnLine l : s.lines()) {
                before.computeIfAbsent(l.ruleId(), k -> new ArrayList<>()).add(l);
            }
        }
        List<ReturnLine> lines = new ArrayList<>();
        for (Map.Entry<Long, List<ReturnLine>> e : before.entrySet()) {
            RuleYear rule = rules.get(e.getKey());
            List<ReturnLine> issued = e.getValue();
            BigDecimal carry = issued.isEmpty() ? Amounts.ZERO : issued.get(issued.size() - 1).carriedOut();
            BigDecimal given = issued.stream().map(ReturnLine::amount).reduce(Amounts.ZERO, BigDecimal::add);
            BigDecimal owed = rule == null ? Amounts.ZERO : rule.amountThrough(month - 1);
            BigDecimal diff = owed.subtract(given);
            if (diff.signum() != 0) {
                ReturnLine c = carried(period, month, rule, issued, owed, given, diff).netted(period, carry);
                lines.add(c);
                carry = c.carriedOut();
            }
            ReturnLine own = rule == null ? null : rule.line(month);
            if (own != null) {
                lines.add(own.netted(period, carry));
            }
        }
        return new MonthStatement(now.year(), month, null, false, null, null, PolicyRef.of(now.policyAt(month)),
                lines);
    }

    private static ReturnLine carried(String period, int month, RuleYear rule, List<ReturnLine> issued,
            BigDecimal owed, BigDecimal given, BigDecimal diff) {
        ReturnLine model = rule != null && !rule.lines().isEmpty() ? rule.lines().get(0) : issued.get(0);
        ReturnLine lastNow = null;
        if (rule != null) {
            for (ReturnLine l : rule.lines()) {
                if (Integer.parseInt(l.period().substring(5)) < month) {
                    lastNow = l;
                }
            }
        }
        ReturnLine lastIssued = null;
        for (ReturnLine l : issued) {
            if (!l.carried()) {
                lastIssued = l;
            }
        }
        BigDecimal base = lastNow == null ? Amounts.ZERO : lastNow.ytdBase();
        BigDecimal issuedBase = lastIssued == null ? Amounts.ZERO : lastIssued.ytdBase();
        int year = Integer.parseInt(period.substring(0, 4));
        String earlierMonths = Periods.format(year, 1) + (month == 2 ? "" : ".." + Periods.format(year, month - 1));
        String formula = model.formula() == null
                ? null
                : "carried from earlier periods " + earlierMonths + ": the ledger now gives "
                        + Amounts.money(owed) + " − issued " + Amounts.money(given) + " = " + Amounts.money(diff);
        String explanation = formula == null
                ? null
                : (rule == null
                        ? "rule #" + model.ruleId() + " (no longer in force for those months)"
                        : ReturnCalculator.describe(rule.rule()) + " of " + rule.policy().describe())
                        + "; ledger " + String.join("+", model.categories().stream().map(Enum::name).toList())
                        + " year to date through the month before: " + Amounts.money(base)
                        + " now, " + Amounts.money(issuedBase) + " in the last issued line; earmark: "
                        + (model.earmark() == null ? "none (general purpose)" : model.earmark());
        return new ReturnLine(period, ReturnLine.CARRIED, model.ruleId(), model.ruleKind(), model.categories(),
                model.earmark(), model.policyId(), model.policyVersion(), base, issuedBase, owed, given, diff,
                Amounts.ZERO, Amounts.ZERO, Amounts.ZERO, formula, explanation, false, null);
    }
}
