package org.townreform.personnel.adjustment;

/** What the department did: adjusted the head (考察调整), or examined and kept them. */
public enum AdjustmentOutcome {
    ADJUSTED, RETAINED
}
