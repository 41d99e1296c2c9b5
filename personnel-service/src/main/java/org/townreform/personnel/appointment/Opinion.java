package org.townreform.personnel.appointment;

/** The consulted side's opinion. */
public enum Opinion {
    AGREE, DISAGREE
}
