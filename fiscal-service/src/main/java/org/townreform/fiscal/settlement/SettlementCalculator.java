package org.townreform.fiscal.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.townreform.fiscal.returns.LedgerTotals;
import org.townreform.fiscal.returns.ReturnCalculator;
import org.townreform.fiscal.returns.RuleYear;
import org.townreform.fiscal.returns.YearReturns;
import org.townreform.fiscal.support.Amounts;

/**
 * 决算 (SPEC §3.5), pure: per rule, the annual return computed with the annual figures, compared with the sum of the
 * twelve monthly payable lines. The two differ by the rounding of the monthly lines and by a negative balance the
 * monthly lines could not net within the year.
 */
public final class SettlementCalculator {
    private SettlementCalculator() {
    }

    public static List<SettlementLine> settle(YearReturns year, LedgerTotals totals) {
        if (year.throughMonth() != 12) {
            throw new IllegalArgumentException("a settlement needs the twelve months of " + year.year());
        }
        List<SettlementLine> out = new ArrayList<>();
        for (RuleYear r : year.rules()) {
            BigDecimal base = totals.ytd(r.rule().categories(), 12);
            BigDecimal annualExact = ReturnCalculator.ytdReturn(r.rule(), base);
            BigDecimal annual = Amounts.round(annualExact);
            BigDecimal payable = r.totalPayable();
            BigDecimal adjustment = annual.subtract(payable);
            String formula = "annual: " + ReturnCalculator.formula(r.rule(), base, annualExact) + " → "
                    + Amounts.money(annual) + "; monthly payable " + Amounts.money(payable) + " (lines "
                    + Amounts.money(r.totalAmount()) + ", carried at December " + Amounts.money(r.carriedForward())
                    + "); adjustment = " + Amounts.money(annual) + " − " + Amounts.money(payable) + " = "
                    + Amounts.money(adjustment) + " " + kindLabel(adjustment);
            out.add(new SettlementLine(r.rule().id(), r.rule().kind(), r.rule().categories(), r.rule().earmark(), base,
                    annual, r.totalAmount(), payable, adjustment, kind(adjustment), formula));
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
