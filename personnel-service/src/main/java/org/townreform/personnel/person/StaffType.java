package org.townreform.personnel.person;

import org.eclipse.microprofile.graphql.Description;

/** 编制类别: which quota a person's slot is counted against. */
@Description("ADMINISTRATIVE 行政编, INSTITUTION 事业编, CONTRACT 聘用/编外 (no quota)")
public enum StaffType {
    @Description("行政编: counts against the unit's administrativeQuota (行政编制)")
    ADMINISTRATIVE, @Description("事业编: counts against the unit's institutionQuota (事业编制)")
    INSTITUTION, @Description("聘用/编外: contract staff, who occupy no quota")
    CONTRACT
}
