package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Description;

/** 管理体制 of a dispatched agency or devolved institution: who appoints its leaders. */
@Description("管理体制: who appoints the unit's leaders; dispatched agencies have one (required), public institutions may")
public enum ManagementMode {
    /** 垂直管理: the department appoints; the town opens no case. */
    @Description("垂直管理: the department appoints; no case is opened on this platform")
    VERTICAL,
    /** 人财物下放镇管理: the town appoints after consulting the department. */
    @Description("人财物下放镇管理: the town appoints after consulting the superior department")
    DEVOLVED,
    /** 双重管理: the department appoints after consulting the town party committee. */
    @Description("双重管理: the superior department appoints after consulting the town party committee")
    DUAL,
    /** 管理体制维持不变: as before the reform, the department appoints (treated as VERTICAL). */
    @Description("管理体制维持不变: as before the reform, the department appoints; treated as VERTICAL")
    UNCHANGED
}
