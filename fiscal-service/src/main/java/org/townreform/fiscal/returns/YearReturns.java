package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.support.Amounts;

/**
 * The return lines of one town and year as the ledger now stands, per rule, through {@code throughMonth}, under the
 * policy versions in force in the year ({@code policies}, oldest first); no version gives no lines.
 */
public record YearReturns(int year, int throughMonth, List<PolicyTerms> policies, List<RuleYear> rules) {

    public YearReturns {
        policies = List.copyOf(policies);
        rules = List.copyOf(rules);
    }

    public static YearReturns none(int year, int throughMonth) {
        return new YearReturns(year, throughMonth, List.of(), List.of());
    }

    /** The version in force in {@code month}, or null. */
    public PolicyTerms policyAt(int month) {
        for (PolicyTerms p : policies) {
            if (month >= 1 && p.inForce(year, month)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The version the year view names: the one in force in the last month computed, else the last one in force before
     * it, else the year's first; null when none is in force in the year.
     */
    public PolicyTerms policy() {
        PolicyTerms found = null;
        for (PolicyTerms p : policies) {
            if (p.firstMonthIn(year) <= Math.max(1, throughMonth)) {
                found = p;
            }
        }
        return found != null ? found : policies.isEmpty() ? null : policies.get(0);
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
