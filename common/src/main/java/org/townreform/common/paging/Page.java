package org.townreform.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items and the cursor of the next page ({@code null} on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor);
    }

    /**
     * Cuts a fetched list of {@code limit + 1} rows into a page: when the extra row is there, more follow, and the cursor
     * is the key of the last row kept.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> key) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> kept = List.copyOf(fetched.subList(0, limit));
        return new Page<>(kept, Cursor.encode(key.apply(kept.get(limit - 1))));
    }
}
