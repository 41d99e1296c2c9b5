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
import org.townreform.fiscal.returns.ReturnCalculator;
import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.returns.RuleYear;
import org.townreform.fiscal.returns.TownFacts;
import org.townreform.fiscal.returns.YearReturns;
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
        List<TownYearReport.RuleRow> rules = new ArrayList<>();
        for (RuleYear r : returns.rules()) {
            rules.add(new TownYearReport.RuleRow(r.rule().id(), r.rule().kind(), r.rule().categories(),
                    r.rule().earmark(), ReturnCalculator.describe(r.rule()),
                    r.lines().stream().map(ReturnLine::amount).toList(), r.totalAmount(), r.totalPayable(),
                    r.carriedForward()));
        }
        List<OutstandingRow> rows = f.outstanding(returns, asOf, deadlines);
        Map<String, BigDecimal> adjustment = f.adjustments().get(year);
        BigDecimal adj = adjustment == null
                ? null
                : adjustment.values().stream().reduce(Amounts.ZERO, BigDecimal::add);
        return new TownYearReport(f.townCode(), year, asOf, through, months, revenue, byMonth,
                ledger.moneyYtd(through), growth(f, year, through, growthTarget), PolicyRef.of(returns.policy()),
                rules, returns.totalAmount(), returns.totalPayable(), rows, OutstandingSummary.of(rows),
                grants.stream().filter(g -> g.year() == year).toList(), status(f, year), adj);
    }

    public static FiscalYearView line(TownFacts f, int year, LocalDate asOf, BigDecimal growthTarget,
            Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        int through = Periods.monthsBegun(year, asOf);
        Growth g = growth(f, year, through, growthTarget);
        YearReturns returns = f.amounts(year, through);
        OutstandingSummary s = OutstandingSummary.of(f.outstanding(returns, asOf, deadlines));
        return new FiscalYearView(f.townCode(), year, asOf, through, g.revenue(), g.previousYearRevenue(), g.rate(),
                g.target(), g.meetsTarget(), returns.totalPayable(), s.disbursed(), s.outstanding(), s.late(),
                s.overdue(), status(f, year));
    }

    static Growth growth(TownFacts f, int year, int through, BigDecimal target) {
        return Growth.of(through, f.ledger(year).moneyYtd(through), f.ledger(year - 1).moneyYtd(through), target);
    }

    private static String status(TownFacts f, int year) {
        return f.settledYears().contains(year) ? "SETTLED" : "OPEN";
    }
}
