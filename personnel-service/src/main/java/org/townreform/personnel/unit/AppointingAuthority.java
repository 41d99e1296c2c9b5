package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Description;

/**
 * Who decides appointments to a unit's posts (SPEC §2.4): the town (town units and DEVOLVED), the superior department
 * (DUAL), or nobody on this platform (VERTICAL and UNCHANGED: the department appoints in its own system).
 */
@Description("Who decides appointments to a unit's posts (任免): follows from the unit's management mode")
public enum AppointingAuthority {
    @Description("The town (town-leader): units without a management mode and DEVOLVED ones")
    TOWN, @Description("The superior department (its dept-officer), after consulting the town party committee: DUAL units")
    DEPARTMENT, @Description("Nobody on this platform: VERTICAL and UNCHANGED units, whose department appoints in its own "
            + "system; opening a case is refused (NOT_APPOINTING_AUTHORITY)")
    NONE
}
