package org.townreform.fiscal.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A policy version as the return computation sees it: which version, when it holds (whole months, from the 1st of
 * {@code validFrom}'s month to the last day of {@code validTo}'s month, or open-ended), and its rules in order.
 */
public record PolicyTerms(long policyId, int versionNo, String name, LocalDate validFrom, LocalDate validTo,
        List<SharingRule> rules) {

    public PolicyTerms {
        rules = List.copyOf(rules);
    }

    /** True when the version is in force in at least one month of {@code year}. */
    public boolean covers(int year) {
        return validFrom.getYear() <= year && (validTo == null || validTo.getYear() >= year);
    }

    /** True when the version is in force in month {@code month} of {@code year}. */
    public boolean inForce(int year, int month) {
        YearMonth p = YearMonth.of(year, month);
        return !p.isBefore(YearMonth.from(validFrom)) && (validTo == null || !p.isAfter(YearMonth.from(validTo)));
    }

    /** The first month of {@code year} the version is in force (1–12); call only when it {@link #covers} the year. */
    public int firstMonthIn(int year) {
        return validFrom.getYear() < year ? 1 : validFrom.getMonthValue();
    }

    /** The last month of {@code year} the version is in force (1–12); call only when it {@link #covers} the year. */
    public int lastMonthIn(int year) {
        return validTo == null || validTo.getYear() > year ? 12 : validTo.getMonthValue();
    }

    public String describe() {
        return "policy #" + policyId + " version " + versionNo + " \"" + name + "\" (" + validFrom + " to "
                + (validTo == null ? "open" : validTo.toString()) + ")";
    }
}
