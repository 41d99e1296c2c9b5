package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Description;

/** 机构类别: what an organisation unit is. */
@Description("机构类别: what an organisation unit is; internal offices and bureaus count against the town's maxInternalOffices")
public enum UnitKind {
    /** 综合办公室. */
    @Description("综合办公室: an internal office; counts against the town's maxInternalOffices")
    INTERNAL_OFFICE,
    /** 直属局. */
    @Description("直属局: a bureau; counts against the town's maxInternalOffices")
    BUREAU,
    /** 事业单位: carries no administrative rank. */
    @Description("事业单位: a public institution; carries no administrative rank (RANK_NOT_ALLOWED), may have a "
            + "management mode (a devolved institution)")
    PUBLIC_INSTITUTION,
    /** 市/县直部门派驻机构. */
    @Description("市/县直部门派驻机构: an agency a city or county department dispatches to the town; needs its management "
            + "mode and superior department")
    DISPATCHED_AGENCY,
    /** 议事协调机构. */
    @Description("议事协调机构: a coordination committee")
    COORDINATION_COMMITTEE,
    /** 群团组织 (工会、团委、妇联). */
    @Description("群团组织: a mass organisation (工会、团委、妇联)")
    MASS_ORGANIZATION,
    /** 纪委、武装部: set by regulation. */
    @Description("A unit set by regulation (纪委、武装部)")
    OTHER_STATUTORY;

    /** Kinds that count against a town's limit of internal offices and bureaus. */
    public boolean countsAsOffice() {
        return this == INTERNAL_OFFICE || this == BUREAU;
    }

    /** Kinds that may have a management mode (dispatched agencies and devolved institutions). */
    public boolean mayHaveManagementMode() {
        return this == DISPATCHED_AGENCY || this == PUBLIC_INSTITUTION;
    }
}
