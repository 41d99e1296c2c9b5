package org.townreform.personnel.staffing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.townreform.common.error.Problems;
import org.townreform.personnel.limits.Held;
import org.townreform.personnel.limits.Holdings;
import org.townreform.personnel.limits.Limit;
import org.townreform.personnel.person.StaffType;
import org.townreform.personnel.unit.OrgUnit;

/** 编制实名制 rules of SPEC §2.3 that need no database. */
public final class StaffingRules {
    private StaffingRules() {
    }

    /**
     * 409 {@code QUOTA_EXCEEDED} when {@code adding} more slots of {@code type}, occupied from {@code from} on, would
     * pass the unit's quota of that type on that day or any later one, counting the unit's registrations held then
     * ({@code registrations} may hold other types and other units' rows of no concern: only the unit's of the type
     * count). CONTRACT staff occupy no quota.
     */
    public static void checkRoom(OrgUnit unit, StaffType type, LocalDate from, Collection<Registration> registrations,
            int adding, Limit quota) {
        if (type == StaffType.CONTRACT || adding == 0) {
            return;
        }
        List<Held> held = registrations.stream().filter(r -> r.slotType == type && r.unitId.equals(unit.id))
                .map(r -> new Held(r.startedOn, r.endedOn)).toList();
        Holdings.firstExcess(from, held, adding, quota).ifPresent(e -> {
            throw Problems.conflict("QUOTA_EXCEEDED", "Unit " + unit.id + " (" + unit.name + ") would hold "
                    + (e.held() + adding) + " " + type + " staff on " + e.day() + ", when " + e.held()
                    + " slots are occupied of its quota of " + e.limit() + " that day");
        });
    }
}
