package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Description;

/** 合署办公: whether co-located units share one set of staff or keep two. */
@Description("合署办公: ONE 一套人员 / TWO 两套人员")
public enum StaffSets {
    ONE, TWO
}
