package org.townreform.fiscal.statement;

import java.math.BigDecimal;
import java.util.List;

import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.support.Amounts;

/** A town's statements of one year, January through {@code throughMonth}: issued ones as stored, the others provisional. */
public record StatementYear(int year, int throughMonth, List<MonthStatement> months) {

    public StatementYear {
        months = List.copyOf(months);
    }

    /** The statement of a month, or null when the month is not counted. */
    public MonthStatement month(int month) {
        return month >= 1 && month <= months.size() ? months.get(month - 1) : null;
    }

    public List<ReturnLine> lines() {
        return months.stream().flatMap(s -> s.lines().stream()).toList();
    }

    /** The lines of one rule, month by month (carried lines included). */
    public List<ReturnLine> lines(long ruleId) {
        return lines().stream().filter(l -> l.ruleId() == ruleId).toList();
    }

    public BigDecimal totalAmount() {
        return months.stream().map(MonthStatement::totalAmount).reduce(Amounts.ZERO, BigDecimal::add);
    }

    public BigDecimal totalPayable() {
        return months.stream().map(MonthStatement::totalPayable).reduce(Amounts.ZERO, BigDecimal::add);
    }

    /** True when every month counted has an issued statement. */
    public boolean allIssued() {
        return months.stream().allMatch(MonthStatement::issued);
    }
}
