package org.townreform.personnel.appointment;

import org.eclipse.microprofile.graphql.Description;

/** What the county organisation department decided after coordinating a disagreement. */
@Description("What the county organisation department (县委组织部) decided after coordinating a disagreement")
public enum CoordinationOutcome {
    @Description("The case goes on: the deciding side may decide")
    PROCEED, @Description("The case is withdrawn (→ WITHDRAWN)")
    WITHDRAW
}
