package org.townreform.personnel.unit;

/** A unit is ACTIVE until it is merged into another (合并组建) or abolished (撤销). */
public enum UnitStatus {
    ACTIVE, MERGED, ABOLISHED
}
