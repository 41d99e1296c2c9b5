package org.townreform.personnel.limits;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Counting what is held on a day, and whether a change taking effect on a day keeps to a limit. A change effective on
 * day D that adds holdings from D on (an appointment, a registration, a new office — none has an end yet) must keep the
 * limit on D <em>and on every later day</em>: what is already recorded may start after D (an appointment already
 * effective on a later day) or end after D (a removal effective later), so the count is checked on D and on every day
 * after D where it can grow or the limit can fall — each later start and each later change of the limit.
 */
public final class Holdings {
    private Holdings() {
    }

    /** How many of the holdings are held on the day. */
    public static int heldOn(LocalDate day, Collection<Held> holdings) {
        return (int) holdings.stream().filter(h -> h.heldOn(day)).count();
    }

    /**
     * The first day from {@code from} on where the holdings plus {@code adding} more (held from {@code from}, open-ended)
     * would pass the limit in force that day; empty when the change fits on every day.
     */
    public static Optional<Excess> firstExcess(LocalDate from, Collection<Held> holdings, int adding, Limit limit) {
        for (LocalDate day : daysToCheck(from, holdings, limit)) {
            int held = heldOn(day, holdings);
            int max = limit.on(day);
            if (held + adding > max) {
                return Optional.of(new Excess(day, held, max));
            }
        }
        return Optional.empty();
    }

    private static TreeSet<LocalDate> daysToCheck(LocalDate from, Collection<Held> holdings, Limit limit) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(from);
        for (Held h : holdings) {
            if (h.startedOn() != null && h.startedOn().isAfter(from)) {
                days.add(h.startedOn());
            }
        }
        days.addAll(limit.changes().tailMap(from, false).keySet());
        return days;
    }

    /** On {@code day}, {@code held} were already held against a limit of {@code limit}. */
    public record Excess(LocalDate day, int held, int limit) {
    }
}
