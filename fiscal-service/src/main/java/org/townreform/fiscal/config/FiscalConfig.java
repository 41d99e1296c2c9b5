package org.townreform.fiscal.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rules of SPEC §3 that are data, not code: each with the default the spec or the source documents give. */
@ConfigMapping(prefix = "fiscal")
public interface FiscalConfig {

    /** 试点镇财政总收入年均增长25%以上: the yearly growth of total revenue the dashboards compare with. */
    @WithDefault("0.25")
    BigDecimal growthTarget();

    /** 矿业权价款 returns "按不低于50%的比例": a MINING_RIGHTS rule below this rate is rejected. */
    @WithDefault("0.50")
    BigDecimal miningRightsMinimumRate();

    /** A month's return is due by the end of the month this many months after it ("原则上每月调拨一次"). */
    @WithDefault("1")
    int dueMonthsAfterPeriod();

    /** A month's return is overdue this many months after the end of its period ("最长不超过一个季度"). */
    @WithDefault("3")
    int overdueMonthsAfterPeriodEnd();

    /** The earliest year the ledger, policies and settlements accept (base years such as 2008 must fit). */
    @WithDefault("1990")
    int firstYear();
}
