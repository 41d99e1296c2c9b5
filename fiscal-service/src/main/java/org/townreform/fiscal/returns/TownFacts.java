package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.townreform.fiscal.disbursement.DisbursementSchedule;
import org.townreform.fiscal.disbursement.OutstandingCalculator;
import org.townreform.fiscal.disbursement.OutstandingRow;
import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.statement.MonthStatement;
import org.townreform.fiscal.statement.StatementCalculator;
import org.townreform.fiscal.statement.StatementYear;
import org.townreform.fiscal.support.Periods;

/**
 * Everything the computation needs about one town over a span of years, as loaded in a few aggregate queries for many towns
 * at once: ledger totals per year, policy versions, issued statements per year, disbursed totals per period and earmark,
 * settlement adjustments (of every settlement of a year, reopened ones included: each settled the difference left by the
 * ones before), settled years. Pure from here on.
 */
public record TownFacts(String townCode, Map<Integer, LedgerTotals> ledger, List<PolicyTerms> policies,
        Map<Integer, List<MonthStatement>> statements, Map<OutstandingCalculator.Key, BigDecimal> disbursed,
        Map<Integer, Map<String, BigDecimal>> adjustments, Set<Integer> settledYears) {

    public LedgerTotals ledger(int year) {
        LedgerTotals t = ledger.get(year);
        return t == null ? LedgerTotals.empty() : t;
    }

    /** The year's issued statements (as loaded: those issued by the day asked about). */
    public List<MonthStatement> issued(int year) {
        return statements.getOrDefault(year, List.of());
    }

    /** The year's return lines as the ledger now stands, with their formula and explanation texts. */
    public YearReturns returns(int year, int throughMonth) {
        return ReturnCalculator.compute(policies, year, ledger(year), throughMonth);
    }

    /** The same lines' amounts only, texts left out: for totals (dashboards, reports, outstanding amounts). */
    public YearReturns amounts(int year, int throughMonth) {
        return ReturnCalculator.amounts(policies, year, ledger(year), throughMonth);
    }

    /** The year's statements: issued ones as stored, the others as issuing them now would give them. */
    public StatementYear statements(YearReturns year) {
        return StatementCalculator.year(year, issued(year.year()));
    }

    /** The first year any policy version of the town holds, or null. */
    public Integer firstPolicyYear() {
        return policies.stream().map(p -> p.validFrom().getYear()).min(Integer::compare).orElse(null);
    }

    /**
     * Outstanding rows for the years {@code fromYear..toYear} as they stand on {@code asOf} (months begun by then; the
     * disbursements and statements loaded are those made by then).
     */
    public List<OutstandingRow> outstanding(int fromYear, int toYear, LocalDate asOf,
            Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        List<StatementYear> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            int months = Periods.monthsBegun(y, asOf);
            if (months > 0) {
                years.add(statements(amounts(y, months)));
            }
        }
        return outstanding(years, fromYear, toYear, asOf, deadlines);
    }

    /**
     * Outstanding rows of one year as it stands on {@code asOf}, from that year's statements already assembled through the
     * months begun by then ({@code Periods.monthsBegun}): the year report and the dashboard line have them.
     */
    public List<OutstandingRow> outstanding(StatementYear year, LocalDate asOf,
            Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        return outstanding(year.throughMonth() > 0 ? List.of(year) : List.of(), year.year(), year.year(), asOf,
                deadlines);
    }

    private List<OutstandingRow> outstanding(List<StatementYear> years, int fromYear, int toYear, LocalDate asOf,
            Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        Map<OutstandingCalculator.Key, BigDecimal> paid = new java.util.HashMap<>();
        disbursed.forEach((k, v) -> {
            if (k.period().getYear() >= fromYear && k.period().getYear() <= toYear) {
                paid.put(k, v);
            }
        });
        Map<Integer, Map<String, BigDecimal>> adj = new java.util.HashMap<>();
        adjustments.forEach((y, v) -> {
            if (y >= fromYear && y <= toYear) {
                adj.put(y, v);
            }
        });
        return OutstandingCalculator.rows(years, adj, paid, asOf, deadlines);
    }
}
