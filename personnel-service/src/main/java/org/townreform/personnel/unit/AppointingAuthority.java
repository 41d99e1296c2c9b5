package org.townreform.personnel.unit;

/**
 * Who decides appointments to a unit's posts (SPEC §2.4): the town (town units and DEVOLVED), the superior department
 * (DUAL), or nobody on this platform (VERTICAL and UNCHANGED: the department appoints in its own system).
 */
public enum AppointingAuthority {
    TOWN, DEPARTMENT, NONE
}
