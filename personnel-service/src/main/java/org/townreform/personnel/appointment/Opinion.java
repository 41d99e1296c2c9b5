package org.townreform.personnel.appointment;

import org.eclipse.microprofile.graphql.Description;

/** The consulted side's opinion. */
@Description("The consulted side's opinion on a case (征求意见)")
public enum Opinion {
    @Description("同意: the case stays in CONSULTATION, ready to decide")
    AGREE, @Description("不同意: the case goes to COORDINATION by the county organisation department")
    DISAGREE
}
