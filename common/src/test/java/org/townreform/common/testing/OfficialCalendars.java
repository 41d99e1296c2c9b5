package org.townreform.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.townreform.common.time.WorkingDayCalendar;

/** The official calendars 2023–2026 bundled with the tests (see {@code holidays/README.md}). */
public final class OfficialCalendars {
    public static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);
    private static final Pattern DAY = Pattern
            .compile("\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"\\s*,\\s*\"isOffDay\"\\s*:\\s*(true|false)");

    private OfficialCalendars() {
    }

    /** The JSON document of a year, as published (holiday-cn format). */
    public static String json(int year) {
        try (InputStream in = OfficialCalendars.class.getResourceAsStream("/holidays/" + year + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled calendar for " + year);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pure calendar with the given official years loaded. */
    public static WorkingDayCalendar calendar(int... years) {
        List<WorkingDayCalendar.Year> loaded = new ArrayList<>();
        for (int y : years) {
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> makeUp = new HashSet<>();
            Matcher m = DAY.matcher(json(y));
            while (m.find()) {
                (Boolean.parseBoolean(m.group(2)) ? holidays : makeUp).add(LocalDate.parse(m.group(1)));
            }
            loaded.add(new WorkingDayCalendar.Year(y, holidays, makeUp));
        }
        return new WorkingDayCalendar(loaded);
    }

    public static WorkingDayCalendar all() {
        return calendar(2023, 2024, 2025, 2026);
    }
}
