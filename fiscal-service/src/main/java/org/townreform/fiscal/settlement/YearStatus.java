package org.townreform.fiscal.settlement;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.error.Problems;

/**
 * Where a town's fiscal year stands (SPEC §3.5): OPEN takes ledger entries; settling (决算) closes it; reopening, by the
 * county finance bureau with a reason, opens it again. The transitions are declared here and nowhere else.
 */
@Description("Where a town's fiscal year stands: OPEN until settled (决算), SETTLED until reopened")
public enum YearStatus {
    @Description("Open: takes ledger entries, reversals, statements and policy changes; may be settled once it has ended")
    OPEN, @Description("Settled (决算): closed to entries, reversals, statements and policy changes (PERIOD_CLOSED) until reopened")
    SETTLED;

    public static final String SETTLE = "settle";
    public static final String REOPEN = "reopen";

    private static final Map<YearStatus, Map<String, YearStatus>> TRANSITIONS = Map.of(
            OPEN, Map.of(SETTLE, SETTLED),
            SETTLED, Map.of(REOPEN, OPEN));

    /** The state after {@code action}; 409 {@code ILLEGAL_TRANSITION} when this state does not allow it. */
    public YearStatus apply(String action) {
        YearStatus next = TRANSITIONS.get(this).get(action);
        if (next == null) {
            throw Problems.illegalTransition("Fiscal year", this, action);
        }
        return next;
    }

    public boolean allows(String action) {
        return TRANSITIONS.get(this).containsKey(action);
    }
}
