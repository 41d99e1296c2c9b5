package org.townreform.personnel.limits;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A limit that may change on given days: {@code initial} until the first change, then each change's value from its day
 * on (a quota moved by a merger on its date, for instance).
 */
public record Limit(int initial, NavigableMap<LocalDate, Integer> changes) {

    public Limit {
        changes = new TreeMap<>(changes);
    }

    public static Limit constant(int value) {
        return new Limit(value, new TreeMap<>());
    }

    public static Limit of(int initial, Map<LocalDate, Integer> changes) {
        return new Limit(initial, new TreeMap<>(changes));
    }

    public int on(LocalDate day) {
        Map.Entry<LocalDate, Integer> e = changes.floorEntry(day);
        return e == null ? initial : e.getValue();
    }
}
