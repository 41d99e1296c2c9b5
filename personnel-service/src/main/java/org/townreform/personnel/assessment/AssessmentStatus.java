package org.townreform.personnel.assessment;

import org.eclipse.microprofile.graphql.Description;

/**
 * RECORDED: final when entered. PROPOSED: a head of a dispatched agency, graded by the town and waiting for the
 * department's confirmation. CONFIRMED: the department confirmed (possibly with another grade).
 */
@Description("Where an annual assessment stands: RECORDED at once, or PROPOSED then CONFIRMED for a head of a dispatched agency")
public enum AssessmentStatus {
    @Description("Final when entered")
    RECORDED, @Description("A head of a dispatched agency, graded by the town and waiting for the superior department's confirmation")
    PROPOSED, @Description("The superior department confirmed the proposal, possibly with another grade; final")
    CONFIRMED
}
