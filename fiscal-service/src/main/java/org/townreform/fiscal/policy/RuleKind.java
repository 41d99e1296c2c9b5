package org.townreform.fiscal.policy;

import org.eclipse.microprofile.graphql.Description;

/** How a sharing rule turns year-to-date ledger totals into a year-to-date return (SPEC §3.2). */
@Description("How a sharing rule turns the year-to-date ledger totals of its categories into a year-to-date return")
public enum RuleKind {
    /** rate × max(0, YTD revenue of the listed categories − the base year's annual revenue): 超收返还. */
    @Description("超收返还: rate × max(0, year-to-date revenue of the categories − baseline, the base year's annual revenue)")
    EXCESS_OVER_BASELINE,
    /** rate × YTD revenue, e.g. 80% of new-enterprise tax; MINING_RIGHTS at no less than 50%. */
    @Description("按比例返还: rate × year-to-date revenue of the categories, e.g. 80% of new enterprises' tax; MINING_RIGHTS at no less than fiscal.mining-rights-minimum-rate (50%)")
    PROPORTIONAL,
    /** 100% of YTD revenue: 全额返还 (land transfer net proceeds, fees retained by the town). */
    @Description("全额返还: all of the year-to-date revenue of the categories (e.g. land transfer net proceeds, fees the town keeps)")
    FULL_RETURN,
    /** amount per unit recorded: 5000.00 yuan per mu of reclaimed farmland. */
    @Description("unitAmount yuan per mu of year-to-date FARMLAND_RECLAIMED_MU, e.g. 5000.00 yuan a mu of reclaimed farmland")
    PER_UNIT
}
