package org.townreform.license.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** When an agreement is in force (SPEC §4.2), free of persistence. */
public final class AgreementRules {
    private AgreementRules() {
    }

    /** A recorded status change, effective from its date (inclusive). */
    public record Change(AgreementStatus status, LocalDate effectiveDate, long sequence) {
    }

    /**
     * The status on {@code day}: REVOKED once a revocation is effective; otherwise EXPIRED after valid-to, NOT_YET_VALID
     * before valid-from, else the last recorded status effective on or before the day (ACTIVE when none).
     */
    public static AgreementStatus statusOn(LocalDate day, LocalDate validFrom, LocalDate validTo, List<Change> changes) {
        AgreementStatus recorded = AgreementStatus.ACTIVE;
        for (Change c : changes.stream()
                .sorted(Comparator.comparing(Change::effectiveDate).thenComparing(Change::sequence)).toList()) {
            if (!c.effectiveDate().isAfter(day)) {
                recorded = c.status();
            }
        }
        if (recorded == AgreementStatus.REVOKED) {
            return AgreementStatus.REVOKED;
        }
        if (day.isAfter(validTo)) {
            return AgreementStatus.EXPIRED;
        }
        if (day.isBefore(validFrom)) {
            return AgreementStatus.NOT_YET_VALID;
        }
        return recorded;
    }

    /** True when the agreement lets the town act on {@code day}. */
    public static boolean inForce(LocalDate day, LocalDate validFrom, LocalDate validTo, List<Change> changes) {
        return statusOn(day, validFrom, validTo, changes) == AgreementStatus.ACTIVE;
    }

    /** True when two validity periods share at least one day. */
    public static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }
}
