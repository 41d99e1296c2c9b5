package org.townreform.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One page of a list: its items and the cursor of the next page ({@code null} on the last page). The cursor of every
 * item ({@link #cursors()}, for GraphQL connections' edges) travels along but is not part of the REST answer.
 */
@Description("A page of a list (deprecated in GraphQL: use the list's connection fields edges and pageInfo)")
public record Page<T>(@Description("The items of this page, in the list's order") List<T> items,
        @Description("Pass as the list's cursor to read the next page; null on the last page") String nextCursor,
        @JsonIgnore @Ignore List<String> cursors) {

    /** A page whose items have no cursors of their own (a list that is never paged further). */
    public Page(List<T> items, String nextCursor) {
        this(items, nextCursor, null);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor, cursors);
    }

    /**
     * Cuts a fetched list of {@code limit + 1} rows into a page: when the extra row is there, more follow, and the cursor
     * is the key of the last row kept.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> key) {
        List<T> kept = fetched.size() <= limit ? List.copyOf(fetched) : List.copyOf(fetched.subList(0, limit));
        List<String> cursors = kept.stream().map(t -> Cursor.encode(key.apply(t))).toList();
        String next = fetched.size() > limit ? cursors.get(limit - 1) : null;
        return new Page<>(kept, next, cursors);
    }
}
