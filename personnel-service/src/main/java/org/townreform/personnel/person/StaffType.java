package org.townreform.personnel.person;

import org.eclipse.microprofile.graphql.Description;

/** 编制类别: which quota a person's slot is counted against. */
@Description("ADMINISTRATIVE 行政编, INSTITUTION 事业编, CONTRACT 聘用/编外 (no quota)")
public enum StaffType {
    ADMINISTRATIVE, INSTITUTION, CONTRACT
}
