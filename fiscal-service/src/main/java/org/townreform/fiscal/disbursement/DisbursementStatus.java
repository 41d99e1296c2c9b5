package org.townreform.fiscal.disbursement;

import org.eclipse.microprofile.graphql.Description;

/** Where a period's return stands against its disbursements on a day (SPEC §3.4). */
@Description("Where a period's return for one earmark stands against its disbursements on asOf")
public enum DisbursementStatus {
    /** Nothing computed and nothing disbursed. */
    @Description("Nothing computed and nothing disbursed")
    NOTHING_DUE,
    /** Disbursed in full. */
    @Description("Disbursed in full: nothing outstanding")
    PAID,
    /** Outstanding, but not past its due date (the end of the following month). */
    @Description("Outstanding, but not past its due date (the end of the following month, moved to the next working day)")
    DUE,
    /** Past its due date, not yet overdue. */
    @Description("Outstanding past its due date, not yet overdue")
    LATE,
    /** Outstanding more than three months after the end of its period ("最长不超过一个季度"). */
    @Description("Outstanding more than three months after the end of its period (最长不超过一个季度)")
    OVERDUE,
    /** More was disbursed than is now computed (a later entry lowered the line): to be recovered. */
    @Description("More was disbursed than is now computed (a later entry lowered the line): to be recovered")
    OVERPAID
}
