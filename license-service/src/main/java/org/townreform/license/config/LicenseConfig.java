package org.townreform.license.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rules of SPEC §4 that are data, not code: each has the default the spec (or the law it cites) gives. */
@ConfigMapping(prefix = "license")
public interface LicenseConfig {

    /** Administrative Licensing Law art. 32: working days the centre has to accept, refuse or ask for a supplement. */
    @WithDefault("5")
    int acceptanceWorkingDays();

    /** Share of the time limit used (in percent) from which an open case shows yellow. */
    @WithDefault("80")
    int yellowPercent();

    /** Calendar months within which a decision on a delegated item must be filed with the department (备案). */
    @WithDefault("1")
    int filingMonths();

    /** Working days a rectification opened by a rating of 1 or 2 has to be completed. */
    @WithDefault("15")
    int rectificationWorkingDays();

    /** Working days a complaint about service efficiency (效能投诉) has to be handled. */
    @WithDefault("15")
    int complaintWorkingDays();

    PublicQuery publicQuery();

    interface PublicQuery {
        /** Requests one client address may make to the public endpoints per window. */
        @WithDefault("30")
        int requestsPerWindow();

        /** The rate-limit window. */
        @WithDefault("60s")
        Duration window();
    }
}
