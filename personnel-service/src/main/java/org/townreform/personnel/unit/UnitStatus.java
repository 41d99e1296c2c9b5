package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Description;

/** A unit is ACTIVE until it is merged into another (合并组建) or abolished (撤销). */
@Description("Where a unit stands: ACTIVE until it is merged into another (合并组建) or abolished (撤销)")
public enum UnitStatus {
    @Description("In force: takes changes, registrations and appointments")
    ACTIVE, @Description("Merged into another unit (mergedInto) on statusDate; takes no change (UNIT_NOT_ACTIVE)")
    MERGED, @Description("撤销: closed on statusDate; takes no change (UNIT_NOT_ACTIVE)")
    ABOLISHED
}
