package org.townreform.personnel.appointment;

import java.time.LocalDate;
import java.time.Period;

/** 定期轮岗 (SPEC §2.4): pure date arithmetic. */
public final class RotationRules {
    private RotationRules() {
    }

    /** The first day a post held since {@code since} has been held longer than {@code years} years. */
    public static LocalDate dueSince(LocalDate since, int years) {
        return since.plusYears(years).plusDays(1);
    }

    /** Held longer than {@code years} years on {@code asOf}: strictly past the anniversary. */
    public static boolean due(LocalDate since, int years, LocalDate asOf) {
        return !asOf.isBefore(dueSince(since, years));
    }

    public static int yearsHeld(LocalDate since, LocalDate asOf) {
        return asOf.isBefore(since) ? 0 : Period.between(since, asOf).getYears();
    }
}
