package org.townreform.personnel.adjustment;

/** OPEN until the department acts on it (考察调整 or keeps the head), then RESOLVED. */
public enum AdjustmentStatus {
    OPEN, RESOLVED
}
