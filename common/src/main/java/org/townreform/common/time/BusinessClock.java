package org.townreform.common.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.config.CommonConfig;

/**
 * Today, in the county's time zone (default Asia/Shanghai). The only place a service reads the clock: everything else takes
 * the date as an input (SPEC §1).
 */
@ApplicationScoped
public class BusinessClock {
    private final ZoneId zone;
    private final Clock clock;

    public BusinessClock(CommonConfig config) {
        this.zone = ZoneId.of(config.timeZone());
        this.clock = Clock.system(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now, to the microsecond: what PostgreSQL keeps, so a write's answer and a later read show the same instant. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The day an action took place: the given date or today, never in the future. */
    public LocalDate actionDate(LocalDate given) {
        return BusinessDates.actionDate(given, today());
    }

    /** The day a view is computed for: the given date or today. */
    public LocalDate asOf(LocalDate given) {
        return BusinessDates.asOf(given, today());
    }
}
