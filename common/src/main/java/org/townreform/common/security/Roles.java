package org.townreform.common.security;

import java.util.Set;

/** The roles of SPEC §1, as they appear in the token's {@code groups} claim. */
public final class Roles {
    /** 镇工作人员: records and reads their own town's data. */
    public static final String TOWN_CLERK = "town-clerk";
    /** 镇党委、政府: decides appointments and approvals for their own town. */
    public static final String TOWN_LEADER = "town-leader";
    /** 县委组织部: coordinates appointment disputes, reads all towns' personnel. */
    public static final String COUNTY_ORG = "county-org";
    /** 县/市职能部门: consultation opinions, filings, delegation agreements of its department. */
    public static final String DEPT_OFFICER = "dept-officer";
    /** 县财政局: revenue, policies, disbursements and settlement for all towns. */
    public static final String COUNTY_FINANCE = "county-finance";
    /** 监察、审计: reads everything, including audit logs. */
    public static final String SUPERVISOR = "supervisor";

    /** Roles bound to one town by the {@code town} claim. */
    public static final Set<String> TOWN_ROLES = Set.of(TOWN_CLERK, TOWN_LEADER);
    /** Roles that act across towns. */
    public static final Set<String> COUNTY_ROLES = Set.of(COUNTY_ORG, DEPT_OFFICER, COUNTY_FINANCE, SUPERVISOR);
    public static final Set<String> ALL = Set.of(TOWN_CLERK, TOWN_LEADER, COUNTY_ORG, DEPT_OFFICER, COUNTY_FINANCE,
            SUPERVISOR);

    private Roles() {
    }
}
