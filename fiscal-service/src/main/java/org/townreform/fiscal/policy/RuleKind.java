package org.townreform.fiscal.policy;

/** How a sharing rule turns year-to-date ledger totals into a year-to-date return (SPEC §3.2). */
public enum RuleKind {
    /** rate × max(0, YTD revenue of the listed categories − the base year's annual revenue): 超收返还. */
    EXCESS_OVER_BASELINE,
    /** rate × YTD revenue, e.g. 80% of new-enterprise tax; MINING_RIGHTS at no less than 50%. */
    PROPORTIONAL,
    /** 100% of YTD revenue: 全额返还 (land transfer net proceeds, fees retained by the town). */
    FULL_RETURN,
    /** amount per unit recorded: 5000.00 yuan per mu of reclaimed farmland. */
    PER_UNIT
}
