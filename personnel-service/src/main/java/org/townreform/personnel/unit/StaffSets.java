package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Description;

/** 合署办公: whether co-located units share one set of staff or keep two. */
@Description("合署办公: ONE 一套人员 / TWO 两套人员")
public enum StaffSets {
    @Description("一套人员: the co-located units share one set of staff")
    ONE, @Description("两套人员: each of the co-located units keeps its own staff")
    TWO
}
