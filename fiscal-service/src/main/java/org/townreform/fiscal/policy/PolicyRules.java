package org.townreform.fiscal.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.townreform.common.error.Problems;
import org.townreform.fiscal.ledger.RevenueCategory;

/** The rules of SPEC §3.2 on a policy version, free of persistence. */
public final class PolicyRules {
    private PolicyRules() {
    }

    /** Checks a new version: whole months, well-formed rules, one rule per category, the mining-rights floor. */
    public static void check(NewPolicy in, BigDecimal miningMinimumRate, int firstYear, int lastYear) {
        checkSpan(in.validFrom(), in.validTo(), firstYear, lastYear);
        Map<RevenueCategory, Integer> seen = new EnumMap<>(RevenueCategory.class);
        for (int i = 0; i < in.rules().size(); i++) {
            NewRule r = in.rules().get(i);
            String at = "rules[" + i + "]";
            checkRule(at, r, in.validFrom().getYear(), miningMinimumRate);
            for (RevenueCategory c : r.categories()) {
                Integer other = seen.put(c, i);
                if (other != null) {
                    throw Problems.unprocessable("CATEGORY_IN_TWO_RULES", c + " is in rules[" + other + "] and " + at
                            + ": a version has one rule per category");
                }
            }
        }
        List<NewGrant> grants = in.grants() == null ? List.of() : in.grants();
        for (int i = 0; i < grants.size(); i++) {
            if (grants.get(i) == null) {
                throw Problems.invalid("grants[" + i + "]", "must not be null");
            }
            int y = grants.get(i).year();
            if (y < in.validFrom().getYear() || (in.validTo() != null && y > in.validTo().getYear())) {
                throw Problems.invalid("grants[" + i + "].year", "must be a year the policy version holds");
            }
        }
    }

    /**
     * A span of whole months: from the 1st of a month to the last day of a month (or open-ended). A county may replace a
     * version from any month (e.g. 1 July); each month is computed under the one version in force that month.
     */
    public static void checkSpan(LocalDate from, LocalDate to, int firstYear, int lastYear) {
        if (from.getDayOfMonth() != 1 || (to != null && !to.equals(to.withDayOfMonth(to.lengthOfMonth())))) {
            throw Problems.unprocessable("POLICY_NOT_WHOLE_MONTHS", "A policy version holds for whole months: "
                    + "validFrom the 1st of a month and validTo the last day of a month (or none), not " + from
                    + " to " + (to == null ? "open" : to));
        }
        if (from.getYear() < firstYear || from.getYear() > lastYear || (to != null && to.getYear() > lastYear)) {
            throw Problems.invalid("validFrom", "must be within " + firstYear + " to " + lastYear);
        }
        if (to != null && to.isBefore(from)) {
            throw Problems.invalid("validTo", "must not be before validFrom");
        }
    }

    private static void checkRule(String at, NewRule r, int fromYear, BigDecimal miningMinimumRate) {
        boolean quantity = r.categories().stream().anyMatch(RevenueCategory::isQuantity);
        if (r.kind() == RuleKind.PER_UNIT) {
            if (!r.categories().equals(List.of(RevenueCategory.FARMLAND_RECLAIMED_MU))) {
                throw Problems.invalid(at + ".categories", "a PER_UNIT rule reads FARMLAND_RECLAIMED_MU (mu) only");
            }
            require(at + ".unitAmount", r.unitAmount() != null, "is required for PER_UNIT");
            forbid(at + ".rate", r.rate(), RuleKind.PER_UNIT);
        } else {
            if (quantity) {
                throw Problems.invalid(at + ".categories",
                        "FARMLAND_RECLAIMED_MU is a quantity in mu: only a PER_UNIT rule turns it into yuan");
            }
            forbid(at + ".unitAmount", r.unitAmount(), r.kind());
        }
        switch (r.kind()) {
            case EXCESS_OVER_BASELINE -> {
                require(at + ".rate", r.rate() != null, "is required for EXCESS_OVER_BASELINE");
                require(at + ".baseline", r.baseline() != null, "is required for EXCESS_OVER_BASELINE");
                require(at + ".baseYear", r.baseYear() != null, "is required for EXCESS_OVER_BASELINE");
                require(at + ".baseYear", r.baseYear() < fromYear && r.baseYear() >= 1949,
                        "must be a year before the policy's first year " + fromYear);
                if (r.categories().contains(RevenueCategory.MINING_RIGHTS)) {
                    throw Problems.unprocessable("MINING_RIGHTS_RATE_TOO_LOW", at + ": MINING_RIGHTS are returned at "
                            + "no less than " + miningMinimumRate + " (PROPORTIONAL or FULL_RETURN); an excess over a "
                            + "baseline cannot guarantee that");
                }
            }
            case PROPORTIONAL -> {
                require(at + ".rate", r.rate() != null, "is required for PROPORTIONAL");
                if (r.categories().contains(RevenueCategory.MINING_RIGHTS)
                        && r.rate().compareTo(miningMinimumRate) < 0) {
                    throw Problems.unprocessable("MINING_RIGHTS_RATE_TOO_LOW", at + ": MINING_RIGHTS are returned at "
                            + "no less than " + miningMinimumRate + " (按不低于50%的比例返还), not " + r.rate());
                }
            }
            case FULL_RETURN -> require(at + ".rate", r.rate() == null || r.rate().compareTo(BigDecimal.ONE) == 0,
                    "a FULL_RETURN rule returns 1.00 (leave rate out)");
            case PER_UNIT -> {
                // checked above
            }
        }
        if (r.kind() != RuleKind.EXCESS_OVER_BASELINE) {
            forbid(at + ".baseline", r.baseline(), r.kind());
            forbid(at + ".baseYear", r.baseYear(), r.kind());
        }
    }

    private static void require(String field, boolean ok, String message) {
        if (!ok) {
            throw Problems.invalid(field, message);
        }
    }

    private static void forbid(String field, Object value, RuleKind kind) {
        if (value != null) {
            throw Problems.invalid(field, "does not apply to a " + kind + " rule");
        }
    }

    /** True when two spans share a day (an absent end runs on for ever). */
    public static boolean overlap(LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        boolean aEndsBeforeB = toA != null && toA.isBefore(fromB);
        boolean bEndsBeforeA = toB != null && toB.isBefore(fromA);
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
