package org.townreform.personnel.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.townreform.common.error.Problems;
import org.townreform.personnel.limits.Held;
import org.townreform.personnel.limits.Holdings;
import org.townreform.personnel.limits.Limit;

/** The rules of SPEC §2.2 that need no database: what a unit of a kind may carry. */
public final class UnitRules {
    private UnitRules() {
    }

    /**
     * Checks the combination of facts of a unit: public institutions carry no rank; a management mode belongs to
     * dispatched agencies (which must have one) and devolved institutions, and names a superior department; co-location
     * needs the staff sets and the other way round.
     */
    public static void checkShape(UnitKind kind, String rank, ManagementMode mode, String superiorDepartment,
            Long coLocatedWithId, StaffSets staffSets) {
        if (kind == UnitKind.PUBLIC_INSTITUTION && rank != null && !rank.isBlank()) {
            throw Problems.unprocessable("RANK_NOT_ALLOWED",
                    "A public institution (事业单位) carries no administrative rank: leave 'rank' out");
        }
        if (mode != null && !kind.mayHaveManagementMode()) {
            throw Problems.unprocessable("MANAGEMENT_MODE_NOT_APPLICABLE",
                    "Only dispatched agencies and devolved public institutions have a management mode, not a " + kind);
        }
        if (kind == UnitKind.DISPATCHED_AGENCY && mode == null) {
            throw Problems.unprocessable("MANAGEMENT_MODE_REQUIRED",
                    "A dispatched agency needs its management mode: VERTICAL, DEVOLVED, DUAL or UNCHANGED");
        }
        if ((mode != null || kind == UnitKind.DISPATCHED_AGENCY)
                && (superiorDepartment == null || superiorDepartment.isBlank())) {
            throw Problems.unprocessable("SUPERIOR_DEPARTMENT_REQUIRED",
                    "A dispatched agency or a unit with a management mode needs its superiorDepartment");
        }
        if ((coLocatedWithId == null) != (staffSets == null)) {
            throw Problems.unprocessable("CO_LOCATION_INCOMPLETE",
                    "Co-location (合署办公) needs both coLocatedWithId and staffSets (ONE or TWO)");
        }
    }

    /**
     * 409 {@code OFFICE_LIMIT_EXCEEDED} when one more office or bureau, in force from {@code from} on, would pass the
     * town's limit on that day or a later one, counting the offices and bureaus in force then ({@code offices}: each from
     * the day it was set up to the day it was merged or abolished).
     */
    public static void checkOfficeLimit(String townCode, LocalDate from, List<Held> offices, int max) {
        Holdings.firstExcess(from, offices, 1, Limit.constant(max)).ifPresent(e -> {
            throw Problems.conflict("OFFICE_LIMIT_EXCEEDED", "Town " + townCode + " has " + e.held()
                    + " internal offices and bureaus on " + e.day() + ", its limit is " + max);
        });
    }

    /** Each office and bureau among the units as held: from the day it was set up to the day it ended. */
    public static List<Held> offices(Collection<OrgUnit> units) {
        return units.stream().filter(u -> u.kind.countsAsOffice()).map(u -> new Held(u.establishedOn, u.statusDate))
                .toList();
    }
}
