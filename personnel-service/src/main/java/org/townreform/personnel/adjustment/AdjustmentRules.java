package org.townreform.personnel.adjustment;

import java.time.LocalDate;

/** When an adjustment request is overdue: pure. */
public final class AdjustmentRules {
    private AdjustmentRules() {
    }

    /** Not resolved by {@code asOf} and past its due day (the due day itself is still in time). */
    public static boolean overdue(LocalDate resolvedOn, LocalDate dueOn, LocalDate asOf) {
        boolean openOnAsOf = resolvedOn == null || resolvedOn.isAfter(asOf);
        return openOnAsOf && asOf.isAfter(dueOn);
    }

    /** Resolved, but after the due day. */
    public static boolean resolvedLate(LocalDate resolvedOn, LocalDate dueOn) {
        return resolvedOn != null && resolvedOn.isAfter(dueOn);
    }
}
