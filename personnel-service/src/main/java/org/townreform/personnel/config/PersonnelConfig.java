package org.townreform.personnel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rules of SPEC §2 that are data, not code: each has the default the spec gives. */
@ConfigMapping(prefix = "personnel")
public interface PersonnelConfig {

    MaxInternalOffices maxInternalOffices();

    /** 任前公示: the least number of working days a pre-appointment notice runs. */
    @WithDefault("5")
    int noticeWorkingDays();

    /** 定期轮岗: years in the same leading post after which a person is due for rotation. */
    @WithDefault("5")
    int rotationYears();

    /** Share of a unit's assessed people that may be graded EXCELLENT in a year. */
    @WithDefault("0.20")
    java.math.BigDecimal excellentShare();

    /** With at least this many assessed, one EXCELLENT is always allowed. */
    @WithDefault("5")
    int excellentMinimumAssessed();

    /** Calendar months a department has to act on a town's written adjustment request (书面调整意见). */
    @WithDefault("1")
    int adjustmentResponseMonths();

    /** Internal offices and bureaus a town may have, by category; pilot towns (扩权强镇试点镇) have their own limit. */
    interface MaxInternalOffices {
        @WithDefault("6")
        int ordinaryTown();

        @WithDefault("8")
        int largerTown();

        @WithDefault("6")
        int subdistrict();

        @WithDefault("10")
        int pilot();
    }
}
