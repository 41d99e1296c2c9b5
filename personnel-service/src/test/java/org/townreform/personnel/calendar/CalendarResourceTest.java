package org.townreform.personnel.calendar;

import org.townreform.common.testing.CalendarContract;

import io.quarkus.test.junit.QuarkusTest;

/** The working-day calendar as personnel-service exposes it (common's resource and its rules, {@link CalendarContract}). */
@QuarkusTest
class CalendarResourceTest extends CalendarContract {
}
