package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Description;

/** 机构类别: what an organisation unit is. */
@Description("机构类别")
public enum UnitKind {
    /** 综合办公室. */
    INTERNAL_OFFICE,
    /** 直属局. */
    BUREAU,
    /** 事业单位: carries no administrative rank. */
    PUBLIC_INSTITUTION,
    /** 市/县直部门派驻机构. */
    DISPATCHED_AGENCY,
    /** 议事协调机构. */
    COORDINATION_COMMITTEE,
    /** 群团组织 (工会、团委、妇联). */
    MASS_ORGANIZATION,
    /** 纪委、武装部: set by regulation. */
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
