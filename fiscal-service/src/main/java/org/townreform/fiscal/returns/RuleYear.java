package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.List;

import org.townreform.fiscal.policy.SharingRule;
import org.townreform.fiscal.support.Amounts;

/** One rule's monthly lines of a year, January first. */
public record RuleYear(SharingRule rule, List<ReturnLine> lines) {

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

    /** The line of a month, or null when the month is not computed. */
    public ReturnLine line(int month) {
        return month >= 1 && month <= lines.size() ? lines.get(month - 1) : null;
    }
}
