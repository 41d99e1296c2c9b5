package org.townreform.fiscal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.townreform.fiscal.disbursement.DisbursementSchedule;
import org.townreform.fiscal.disbursement.OutstandingRow;
import org.townreform.fiscal.disbursement.OutstandingSummary;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.PolicyView;
import org.townreform.fiscal.returns.LedgerTotals;
import org.townreform.fiscal.returns.PolicyRef;
import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.returns.TownFacts;
import org.townreform.fiscal.returns.YearReturns;
import org.townreform.fiscal.returns.YearReturnsView;
import org.townreform.fiscal.statement.StatementYear;
import org.townreform.fiscal.support.Amounts;
import org.townreform.fiscal.support.Periods;

/** Builds the year report and the dashboard line of a town from its facts, pure. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    public static TownYearReport report(TownFacts f, int year, LocalDate asOf, BigDecimal growthTarget,
            List<PolicyView.Grant> grants, Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        int through = Periods.monthsBegun(year, asOf);
        LedgerTotals ledger = f.ledger(year);
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= through; m++) {
            months.add(Periods.format(year, m));
        }
        List<TownYearReport.CategoryRow> revenue = new ArrayList<>();
        for (RevenueCategory c : RevenueCategory.values()) {
            List<BigDecimal> values = new ArrayList<>();
            for (int m = 1; m <= through; m++) {
                values.add(ledger.month(c, m));
            }
            revenue.add(new TownYearReport.CategoryRow(c, c.unit(), values, ledger.ytd(c, through)));
        }
        List<BigDecimal> byMonth = new ArrayList<>();
        for (int m = 1; m <= through; m++) {
            byMonth.add(ledger.moneyMonth(m));
        }
        YearReturns returns = f.amounts(year, through);
        StatementYear statements = f.statements(returns);
        List<TownYearReport.RuleRow> rules = new ArrayList<>();
        for (YearReturnsView.RuleLines r : YearReturnsView.of(f.townCode(), returns, statements, null).rules()) {
            List<BigDecimal> ruleMonths = new ArrayList<>();
            for (int m = 1; m <= through; m++) {
                String period = Periods.format(year, m);
                ruleMonths.add(statements.month(m).lines().stream()
                        .filter(l -> l.ruleId() == r.ruleId() && l.period().equals(period)).map(ReturnLine::amount)
                        .reduce(Amounts.ZERO, BigDecimal::add));
            }
            rules.add(new TownYearReport.RuleRow(r.ruleId(), r.kind(), r.categories(), r.earmark(), r.description(),
                    ruleMonths, r.totalAmount(), r.totalPayable(), r.carriedForward()));
        }
        List<OutstandingRow> rows = f.outstanding(statements, asOf, deadlines);
        Map<String, BigDecimal> adjustment = f.adjustments().get(year);
        BigDecimal adj = adjustment == null
                ? null
                : adjustment.values().stream().reduce(Amounts.ZERO, BigDecimal::add);
        return new TownYearReport(f.townCode(), year, asOf, through, months, revenue, byMonth,
                ledger.moneyYtd(through), growth(f, year, through, growthTarget), PolicyRef.of(returns.policy()),
                rules, statements.totalAmount(), statements.totalPayable(), rows, OutstandingSummary.of(rows),
                grants.stream().filter(g -> g.year() == year).toList(), status(f, year), adj);
    }

    public static FiscalYearView line(TownFacts f, int year, LocalDate asOf, BigDecimal growthTarget,
            Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        int through = Periods.monthsBegun(year, asOf);
        Growth g = growth(f, year, through, growthTarget);
        StatementYear statements = f.statements(f.amounts(year, through));
        OutstandingSummary s = OutstandingSummary.of(f.outstanding(statements, asOf, deadlines));
        return new FiscalYearView(f.townCode(), year, asOf, through, g.revenue(), g.previousYearRevenue(), g.rate(),
                g.target(), g.meetsTarget(), statements.totalPayable(), s.disbursed(), s.outstanding(), s.late(),
                s.overdue(), status(f, year));
    }

    static Growth growth(TownFacts f, int year, int through, BigDecimal target) {
        return Growth.of(through, f.ledger(year).moneyYtd(through), f.ledger(year - 1).moneyYtd(through), target);
    }

    private static String status(TownFacts f, int year) {
        return f.settledYears().contains(year) ? "SETTLED" : "OPEN";
    }
}
