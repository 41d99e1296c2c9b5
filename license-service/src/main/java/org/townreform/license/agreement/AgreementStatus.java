package org.townreform.license.agreement;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/**
 * The status of a delegation agreement on a day. ACTIVE, SUSPENDED and REVOKED are recorded (by dated actions);
 * EXPIRED (after valid-to) and NOT_YET_VALID (before valid-from) are derived from the dates.
 */
@Description("An agreement's status on a day: ACTIVE, SUSPENDED and REVOKED are recorded by dated actions, EXPIRED and NOT_YET_VALID derived from the dates")
public enum AgreementStatus {
    @Description("In force: the town may take in, accept and decide applications for the covered items")
    ACTIVE, @Description("Suspended by the department from a day on: the town may not take in, accept or decide applications for its items until it is reinstated")
    SUSPENDED, @Description("Revoked by the department from a day on; final")
    REVOKED, @Description("Derived: the day is after validTo")
    EXPIRED, @Description("Derived: the day is before validFrom")
    NOT_YET_VALID;

    /** The statuses an action can record. */
    public static final Set<AgreementStatus> RECORDED = EnumSet.of(ACTIVE, SUSPENDED, REVOKED);

    /** The change that records a status, as the audit log and the event type say it: ACTIVE again is REINSTATED. */
    public static String changeTo(AgreementStatus to) {
        return to == ACTIVE ? "REINSTATED" : to.name();
    }
}
