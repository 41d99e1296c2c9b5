package org.townreform.fiscal.calendar;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.CalendarChecks;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The working-day calendar as fiscal-service exposes it (common's resource): a new year loads without If-Match, a loaded
 * one is replaced only with its current version by a county-wide role, and every refusal leaves it as it was.
 */
@QuarkusTest
class CalendarResourceTest {

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
