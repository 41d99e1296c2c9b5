package org.townreform.license.application;

import java.util.EnumSet;
import java.util.Set;

/** Where an application (办件) stands (SPEC §4.3). The allowed moves are declared in {@link ApplicationStateMachine}. */
public enum ApplicationState {
    SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, NOT_ACCEPTED, UNDER_REVIEW, APPROVED, DENIED, FILED, TRANSFERRED, WITHDRAWN;

    /** Cases still being handled: they have a running (or paused) clock and a light. */
    public static final Set<ApplicationState> OPEN = EnumSet.of(SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED,
            UNDER_REVIEW);

    /** Cases with a decision (approved or denied, filed or not). */
    public static final Set<ApplicationState> DECIDED = EnumSet.of(APPROVED, DENIED, FILED);

    public boolean open() {
        return OPEN.contains(this);
    }

    public boolean decided() {
        return DECIDED.contains(this);
    }
}
