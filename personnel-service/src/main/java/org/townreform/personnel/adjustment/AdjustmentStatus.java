package org.townreform.personnel.adjustment;

import org.eclipse.microprofile.graphql.Description;

/** OPEN until the department acts on it (考察调整 or keeps the head), then RESOLVED. */
@Description("Where a written adjustment request stands: OPEN until the department acts on it, then RESOLVED")
public enum AdjustmentStatus {
    @Description("Sent; the department has not acted yet (overdue once past dueOn)")
    OPEN, @Description("The department acted (ADJUSTED or RETAINED); final")
    RESOLVED
}
