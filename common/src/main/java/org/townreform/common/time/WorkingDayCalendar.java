package org.townreform.common.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 工作日历: which days are working days, and how periods are counted (Civil Code arts. 201–203). Saturdays and Sundays rest
 * and weekdays work, except where a year's official calendar says otherwise: public holidays rest, make-up working days
 * (调休) work. A computation that touches a year with no calendar loaded uses the weekday rule and is marked provisional.
 * <p>
 * Immutable and pure: build one from the loaded years and ask it.
 */
public final class WorkingDayCalendar {
    /** A deadline and whether it rests on a year whose official calendar is not loaded yet. */
    public record Deadline(LocalDate date, boolean provisional) {
    }

    /** One year's departures from the weekday rule. */
    public record Year(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
        public Year {
            holidays = Set.copyOf(holidays);
            makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        }
    }

    private static final WorkingDayCalendar WEEKDAYS_ONLY = new WorkingDayCalendar(Set.of());

    /** Guards against runaway loops on absurd inputs (a period of 100,000 working days). */
    private static final int MAX_DAYS_SCANNED = 20_000;

    /** Every listed day of every loaded document: true = works (make-up day), false = rests (holiday). */
    private final Map<LocalDate, Boolean> listed;
    private final Set<Integer> loadedYears;

    /**
     * A calendar from the loaded years. A year's document may list days just across its boundary (the 2023 notice lists
     * 31 Dec 2022); those count too, but the document of a day's own year has the last word on it.
     */
    public WorkingDayCalendar(Collection<Year> years) {
        Map<LocalDate, Boolean> m = new HashMap<>();
        Set<Integer> loaded = new TreeSet<>();
        for (Year y : years) {
            loaded.add(y.year());
        }
        for (int pass = 0; pass < 2; pass++) {
            for (Year y : years) {
                for (LocalDate d : y.holidays()) {
                    put(m, d, false, y.year(), pass);
                }
                for (LocalDate d : y.makeUpWorkingDays()) {
                    put(m, d, true, y.year(), pass);
                }
            }
        }
        this.listed = Map.copyOf(m);
        this.loadedYears = Set.copyOf(loaded);
    }

    /** First pass: days outside their document's year; second pass: own-year days, which override. */
    private static void put(Map<LocalDate, Boolean> m, LocalDate d, boolean works, int documentYear, int pass) {
        boolean ownYear = d.getYear() == documentYear;
        if ((pass == 0 && !ownYear) || (pass == 1 && ownYear)) {
            m.put(d, works);
        }
    }

    /** A calendar with no year loaded: every answer follows the weekday rule and is provisional. */
    public static WorkingDayCalendar weekdaysOnly() {
        return WEEKDAYS_ONLY;
    }

    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    public Set<Integer> loadedYears() {
        return new TreeSet<>(loadedYears);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean works = listed.get(day);
        if (works != null) {
            return works;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The end of a period of {@code n} working days starting the day after {@code act}: the n-th working day after it
     * (n ≥ 1). The day of the act itself is never counted (art. 201).
     */
    public Deadline workingDaysAfter(LocalDate act, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a period needs at least one working day, got " + n);
        }
        LocalDate d = act;
        int counted = 0;
        int scanned = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (++scanned > MAX_DAYS_SCANNED) {
                throw new IllegalArgumentException("period of " + n + " working days is too long");
            }
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return new Deadline(d, touchesUnloadedYear(act.plusDays(1), d));
    }

    /**
     * The end of a period of {@code months} months from {@code act}: the same-numbered day of the final month, or that
     * month's last day where it has none (31 January + 1 month = 28 February), moved to the next working day when it is a
     * rest day (arts. 202, 203).
     */
    public Deadline monthsAfter(LocalDate act, int months) {
        LocalDate nominal = act.plusMonths(months); // java.time clamps to the month's last day
        return nextWorkingDayFrom(act.plusDays(1), nominal);
    }

    /** The end of a period of {@code days} calendar days, moved to the next working day when it falls on a rest day. */
    public Deadline calendarDaysAfter(LocalDate act, int days) {
        return nextWorkingDayFrom(act.plusDays(1), act.plusDays(days));
    }

    /** {@code day} itself when it is a working day, otherwise the next working day (a deadline never ends on a rest day). */
    public Deadline onOrAfter(LocalDate day) {
        return nextWorkingDayFrom(day, day);
    }

    private Deadline nextWorkingDayFrom(LocalDate periodStart, LocalDate nominal) {
        LocalDate d = nominal;
        int scanned = 0;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
            if (++scanned > MAX_DAYS_SCANNED) {
                throw new IllegalStateException("no working day found after " + nominal);
            }
        }
        LocalDate from = periodStart.isAfter(d) ? d : periodStart;
        return new Deadline(d, touchesUnloadedYear(from, d));
    }

    /** Working days in the half-open span (from, to]: the days after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long span = ChronoUnit.DAYS.between(from, to);
        if (span > MAX_DAYS_SCANNED) {
            throw new IllegalArgumentException("span too long: " + span + " days");
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** True when some year between the two dates (inclusive) has no calendar loaded. */
    public boolean touchesUnloadedYear(LocalDate from, LocalDate to) {
        LocalDate a = from.isAfter(to) ? to : from;
        LocalDate b = from.isAfter(to) ? from : to;
        for (int y = a.getYear(); y <= b.getYear(); y++) {
            if (!loadedYears.contains(y)) {
                return true;
            }
        }
        return false;
    }
}
