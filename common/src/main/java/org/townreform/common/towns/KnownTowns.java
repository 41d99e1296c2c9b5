package org.townreform.common.towns;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the registry of towns answered, and when: the cache behind {@link TownRegistry}. Plain Java, no Quarkus.
 * <ul>
 * <li>"recorded" is taken as it stands for {@code knownFor}, "no such town" for the shorter {@code unknownFor} (a town
 * recorded meanwhile is soon accepted); after that the registry is asked again.</li>
 * <li>A town the registry once answered "recorded" is remembered beyond that, for when the registry cannot be asked:
 * personnel-service never deletes a town, so that answer does not go out of date by itself. A later "no such town"
 * replaces it.</li>
 * <li>With "recorded" the registry's name of the town is kept, the name the last answer gave.</li>
 * <li>At most {@code maxEntries} answers are kept; when full, the "no such town" answers go first (a stream of made-up
 * codes cannot push out the real towns), and a new answer that does not fit is not kept.</li>
 * </ul>
 */
public final class KnownTowns {
    /** What the cache can say without asking the registry. */
    public enum Answer {
        RECORDED, NOT_RECORDED, ASK
    }

    private record Entry(boolean recorded, long at, String name) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long knownForNanos;
    private final long unknownForNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;

    public KnownTowns(Duration knownFor, Duration unknownFor, int maxEntries) {
        this(knownFor, unknownFor, maxEntries, System::nanoTime);
    }

    /** With the clock given ({@link System#nanoTime()} or a test's). */
    public KnownTowns(Duration knownFor, Duration unknownFor, int maxEntries, LongSupplier nanoClock) {
        this.knownForNanos = knownFor.toNanos();
        this.unknownForNanos = unknownFor.toNanos();
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
    }

    /** The registry's answer while it is fresh, else {@link Answer#ASK}. */
    public Answer answer(String code) {
        Entry e = entries.get(code);
        if (e == null) {
            return Answer.ASK;
        }
        long age = nanoClock.getAsLong() - e.at();
        if (e.recorded()) {
            return age < knownForNanos ? Answer.RECORDED : Answer.ASK;
        }
        if (age < unknownForNanos) {
            return Answer.NOT_RECORDED;
        }
        entries.remove(code, e);
        return Answer.ASK;
    }

    /** True when the registry's last answer about the code, however old, was "recorded". */
    public boolean recordedBefore(String code) {
        Entry e = entries.get(code);
        return e != null && e.recorded();
    }

    public void recorded(String code) {
        recorded(code, null);
    }

    /** "recorded", with the registry's name of the town. */
    public void recorded(String code, String name) {
        keep(code, new Entry(true, nanoClock.getAsLong(), name));
    }

    /** The registry's name of the town from its last "recorded" answer, however old; null when none gave one. */
    public String name(String code) {
        Entry e = entries.get(code);
        return e != null && e.recorded() ? e.name() : null;
    }

    public void notRecorded(String code) {
        keep(code, new Entry(false, nanoClock.getAsLong(), null));
    }

    /** How many answers are kept. */
    public int size() {
        return entries.size();
    }

    private void keep(String code, Entry e) {
        if (!entries.containsKey(code) && entries.size() >= maxEntries) {
            entries.values().removeIf(old -> !old.recorded());
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.put(code, e);
    }
}
