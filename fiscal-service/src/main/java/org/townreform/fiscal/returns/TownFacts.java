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
import org.townreform.fiscal.support.Periods;

/**
 * Everything the computation needs about one town over a span of years, as loaded in a few aggregate queries for many towns
 * at once: ledger totals per year, policy versions, disbursed totals per period and earmark, settlement adjustments of
 * settled years. Pure from here on.
 */
public record TownFacts(String townCode, Map<Integer, LedgerTotals> ledger, List<PolicyTerms> policies,
        Map<OutstandingCalculator.Key, BigDecimal> disbursed, Map<Integer, Map<String, BigDecimal>> adjustments,
        Set<Integer> settledYears) {

    public LedgerTotals ledger(int year) {
        LedgerTotals t = ledger.get(year);
        return t == null ? LedgerTotals.empty() : t;
    }

    /** The version that holds for the year, or null. */
    public PolicyTerms policyFor(int year) {
        for (PolicyTerms p : policies) {
            if (p.covers(year)) {
                return p;
            }
        }
        return null;
    }

    /** The year's return lines with their formula and explanation texts (the returns view shows them). */
    public YearReturns returns(int year, int throughMonth) {
        return ReturnCalculator.compute(policyFor(year), year, ledger(year), throughMonth);
    }

    /** The same lines' amounts only, texts left out: for totals (dashboards, reports, outstanding amounts). */
    public YearReturns amounts(int year, int throughMonth) {
        return ReturnCalculator.amounts(policyFor(year), year, ledger(year), throughMonth);
    }

    /** The first year any policy version of the town holds, or null. */
    public Integer firstPolicyYear() {
        return policies.stream().map(p -> p.validFrom().getYear()).min(Integer::compare).orElse(null);
    }

    /**
     * Outstanding rows for the years {@code fromYear..toYear} as they stand on {@code asOf} (months begun by then; the
     * disbursements loaded are those made by then).
     */
    public List<OutstandingRow> outstanding(int fromYear, int toYear, LocalDate asOf,
            Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        List<YearReturns> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            int months = Periods.monthsBegun(y, asOf);
            if (months > 0) {
                years.add(amounts(y, months));
            }
        }
        return outstanding(years, fromYear, toYear, asOf, deadlines);
    }

    /**
     * Outstanding rows of one year as it stands on {@code asOf}, from that year's returns already computed through the
     * months begun by then ({@code Periods.monthsBegun}): the year report and the dashboard line have them, and the
     * same rows as {@code outstanding(year, year, asOf, deadlines)} come out without computing them again.
     */
    public List<OutstandingRow> outstanding(YearReturns year, LocalDate asOf,
            Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        return outstanding(year.throughMonth() > 0 ? List.of(year) : List.of(), year.year(), year.year(), asOf,
                deadlines);
    }

    private List<OutstandingRow> outstanding(List<YearReturns> years, int fromYear, int toYear, LocalDate asOf,
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
