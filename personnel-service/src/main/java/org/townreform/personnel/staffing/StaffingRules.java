package org.townreform.personnel.staffing;

import org.townreform.common.error.Problems;
import org.townreform.personnel.person.StaffType;
import org.townreform.personnel.unit.OrgUnit;

/** 编制实名制 rules of SPEC §2.3 that need no database. */
public final class StaffingRules {
    private StaffingRules() {
    }

    /** The quota a slot type counts against; CONTRACT staff occupy none ({@code -1}: unlimited). */
    public static int quotaFor(OrgUnit unit, StaffType type) {
        return switch (type) {
            case ADMINISTRATIVE -> unit.administrativeQuota;
            case INSTITUTION -> unit.institutionQuota;
            case CONTRACT -> -1;
        };
    }

    /** 409 {@code QUOTA_EXCEEDED} when one more slot of {@code type} would pass the unit's quota of that type. */
    public static void checkRoomForOne(OrgUnit unit, StaffType type, long occupiedNow) {
        int quota = quotaFor(unit, type);
        if (quota >= 0 && occupiedNow + 1 > quota) {
            throw Problems.conflict("QUOTA_EXCEEDED", "Unit " + unit.id + " (" + unit.name + ") has " + occupiedNow
                    + " of its " + quota + " " + type + " slots occupied: no slot left");
        }
    }

    /** 409 {@code QUOTA_EXCEEDED} when the given occupation passes either quota of the unit. */
    public static void checkQuota(OrgUnit unit, int administrative, int institution) {
        if (administrative > unit.administrativeQuota || institution > unit.institutionQuota) {
            throw Problems.conflict("QUOTA_EXCEEDED", "Unit " + unit.id + " (" + unit.name + ") would hold "
                    + administrative + " administrative and " + institution + " institution staff; its quotas are "
                    + unit.administrativeQuota + " and " + unit.institutionQuota);
        }
    }
}
