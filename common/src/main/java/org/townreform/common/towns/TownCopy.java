package org.townreform.common.towns;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The copy of personnel-service's registry of towns a service keeps in memory, as {@link TownFeedFollower} read it:
 * code to name (the name after the town's last change read), the cursor it was read up to, and when it was last read
 * to its end ({@code null}: never, or the service does not follow). Plain Java; readers never wait for the follower.
 */
public final class TownCopy {
    private record State(Map<String, String> names, String cursor, Instant readToEnd) {
    }

    private volatile State state = new State(Map.of(), null, null);

    /** The town's name in the copy; {@code null} when the copy has no such town. */
    public String name(String code) {
        return state.names().get(code);
    }

    /** When the copy was last read to the end of the registry's changes; {@code null} when never. */
    public Instant readToEnd() {
        return state.readToEnd();
    }

    /** The cursor of the registry's feed the copy stands at; {@code null} before its first change. */
    public String cursor() {
        return state.cursor();
    }

    /** How many towns the copy has. */
    public int size() {
        return state.names().size();
    }

    /** The copy as stored: every town, the cursor and when it was read to its end. */
    void replace(Map<String, String> names, String cursor, Instant readToEnd) {
        state = new State(Map.copyOf(names), cursor, readToEnd);
    }

    /** The towns of a page read (in order: a later name of a town replaces its earlier one), and where it ended. */
    void apply(Map<String, String> changed, String cursor, Instant readToEnd) {
        State s = state;
        Map<String, String> names = s.names();
        if (!changed.isEmpty()) {
            Map<String, String> copy = new HashMap<>(names);
            copy.putAll(changed);
            names = Map.copyOf(copy);
        }
        state = new State(names, cursor, readToEnd == null ? s.readToEnd() : readToEnd);
    }
}
