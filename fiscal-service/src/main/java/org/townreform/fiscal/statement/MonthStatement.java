package org.townreform.fiscal.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.townreform.fiscal.returns.PolicyRef;
import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.support.Amounts;
import org.townreform.fiscal.support.Periods;

/**
 * One month's return statement (返还结算单) of a town, pure: either issued (a stored document: {@code issued}, its id and
 * issue day) or provisional (what issuing it now would give). Its lines are the month's own lines and, where the ledger
 * now says something else for the year's earlier months than their issued statements, "carried from earlier periods"
 * lines.
 */
public record MonthStatement(int year, int month, Long id, boolean issued, LocalDate issuedOn, String issuedBy,
        PolicyRef policy, List<ReturnLine> lines) {

    public MonthStatement {
        lines = List.copyOf(lines);
    }

    public String period() {
        return Periods.format(year, month);
    }

    public BigDecimal totalAmount() {
        return lines.stream().map(ReturnLine::amount).reduce(Amounts.ZERO, BigDecimal::add);
    }

    public BigDecimal totalPayable() {
        return lines.stream().map(ReturnLine::payable).reduce(Amounts.ZERO, BigDecimal::add);
    }

    /** The same statement as issued on {@code day} by {@code by} (its lines marked issued), id {@code statementId}. */
    public MonthStatement asIssued(Long statementId, LocalDate day, String by) {
        return new MonthStatement(year, month, statementId, true, day, by, policy,
                lines.stream().map(l -> l.asIssued(day)).toList());
    }
}
