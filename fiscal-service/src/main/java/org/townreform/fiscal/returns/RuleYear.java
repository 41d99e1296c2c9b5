package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.List;

import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.SharingRule;
import org.townreform.fiscal.support.Amounts;

/** One rule's monthly lines of a year: the months its policy version is in force, in order. */
public record RuleYear(SharingRule rule, PolicyTerms policy, List<ReturnLine> lines) {

    public RuleYear {
        lines = List.copyOf(lines);
    }

    public BigDecimal totalAmount() {
        return lines.stream().map(ReturnLine::amount).reduce(Amounts.ZERO, BigDecimal::add);
    }

    public BigDecimal totalPayable() {
        return lines.stream().map(ReturnLine::payable).reduce(Amounts.ZERO, BigDecimal::add);
    }

    /** The negative balance left after the last line (≤ 0). */
    public BigDecimal carriedForward() {
        return lines.isEmpty() ? Amounts.ZERO : lines.get(lines.size() - 1).carriedOut();
    }

    /** The line of a month, or null when the month is not computed or the rule's version is not in force then. */
    public ReturnLine line(int month) {
        String suffix = "-" + (month < 10 ? "0" : "") + month;
        for (ReturnLine l : lines) {
            if (l.period().endsWith(suffix)) {
                return l;
            }
        }
        return null;
    }

    /** The sum of the rule's lines through {@code month}: its return for those months as the ledger stands. */
    public BigDecimal amountThrough(int month) {
        BigDecimal sum = Amounts.ZERO;
        for (ReturnLine l : lines) {
            if (Integer.parseInt(l.period().substring(5)) <= month) {
                sum = sum.add(l.amount());
            }
        }
        return sum;
    }
}
