package org.townreform.license.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a delegation agreement on a day. ACTIVE, SUSPENDED and REVOKED are recorded (by dated actions);
 * EXPIRED (after valid-to) and NOT_YET_VALID (before valid-from) are derived from the dates.
 */
public enum AgreementStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED, NOT_YET_VALID;

    /** The statuses an action can record. */
    public static final Set<AgreementStatus> RECORDED = EnumSet.of(ACTIVE, SUSPENDED, REVOKED);
}
