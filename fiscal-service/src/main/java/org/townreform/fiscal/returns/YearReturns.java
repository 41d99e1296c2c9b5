package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.support.Amounts;

/** The return lines of one town and year, per rule, through {@code throughMonth}; no policy gives no lines. */
public record YearReturns(int year, int throughMonth, PolicyTerms policy, List<RuleYear> rules) {

    public YearReturns {
        rules = List.copyOf(rules);
    }

    public static YearReturns none(int year, int throughMonth) {
        return new YearReturns(year, throughMonth, null, List.of());
    }

    /** The lines of one month, in rule order. */
    public List<ReturnLine> month(int month) {
        List<ReturnLine> out = new ArrayList<>();
        for (RuleYear r : rules) {
            ReturnLine l = r.line(month);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    public BigDecimal totalAmount() {
        return rules.stream().map(RuleYear::totalAmount).reduce(Amounts.ZERO, BigDecimal::add);
    }

    public BigDecimal totalPayable() {
        return rules.stream().map(RuleYear::totalPayable).reduce(Amounts.ZERO, BigDecimal::add);
    }
}
