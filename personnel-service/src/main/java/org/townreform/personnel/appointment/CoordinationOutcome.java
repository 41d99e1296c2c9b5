package org.townreform.personnel.appointment;

/** What the county organisation department decided after coordinating a disagreement. */
public enum CoordinationOutcome {
    PROCEED, WITHDRAW
}
