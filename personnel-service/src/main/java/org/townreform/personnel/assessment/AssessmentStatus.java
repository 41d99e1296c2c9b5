package org.townreform.personnel.assessment;

/**
 * RECORDED: final when entered. PROPOSED: a head of a dispatched agency, graded by the town and waiting for the
 * department's confirmation. CONFIRMED: the department confirmed (possibly with another grade).
 */
public enum AssessmentStatus {
    RECORDED, PROPOSED, CONFIRMED
}
