package org.townreform.fiscal.disbursement;

/** Where a period's return stands against its disbursements on a day (SPEC §3.4). */
public enum DisbursementStatus {
    /** Nothing computed and nothing disbursed. */
    NOTHING_DUE,
    /** Disbursed in full. */
    PAID,
    /** Outstanding, but not past its due date (the end of the following month). */
    DUE,
    /** Past its due date, not yet overdue. */
    LATE,
    /** Outstanding more than three months after the end of its period ("最长不超过一个季度"). */
    OVERDUE,
    /** More was disbursed than is now computed (a later entry lowered the line): to be recovered. */
    OVERPAID
}
