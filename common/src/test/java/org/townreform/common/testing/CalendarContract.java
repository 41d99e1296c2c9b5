package org.townreform.common.testing;

import org.junit.jupiter.api.Test;

/**
 * The working-day calendar as every service exposes it (common's resource): a new year loads without If-Match, a loaded
 * one is replaced only with its current version by a county-wide role, and every refusal leaves it as it was. A service's
 * test extends this with {@code @QuarkusTest}; the checks are {@link CalendarChecks}.
 */
public abstract class CalendarContract {

    @Test
    void aNewYearIsLoadedWithoutIfMatch() {
        CalendarChecks.aNewYearIsLoadedWithoutIfMatch(2041);
    }

    @Test
    void replacingWithoutOrWithAStaleVersionIsRefused() {
        CalendarChecks.replacingWithoutOrWithAStaleVersionIsRefused(2042);
    }

    @Test
    void onlyCountyWideRolesThatKeepDataReplaceAYear() {
        CalendarChecks.onlyCountyWideRolesThatKeepDataReplaceAYear(2043);
    }

    @Test
    void theCurrentVersionReplacesTheYear() {
        CalendarChecks.theCurrentVersionReplacesTheYear(2044);
    }
}
