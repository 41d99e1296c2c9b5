package org.townreform.common.paging;

import org.townreform.common.config.CommonConfig;
import org.townreform.common.error.Problems;

/** A checked {@code ?limit=&cursor=}: the limit within bounds, the cursor decoded to the last key seen. */
public record PageRequest(int limit, String after) {

    public static PageRequest of(Integer limit, String cursor, CommonConfig.Paging paging) {
        return of(limit, cursor, paging.defaultLimit(), paging.maxLimit());
    }

    public static PageRequest of(Integer limit, String cursor, int defaultLimit, int maxLimit) {
        int l = limit == null ? defaultLimit : limit;
        if (l < 1 || l > maxLimit) {
            throw Problems.invalid("limit", "must be between 1 and " + maxLimit);
        }
        return new PageRequest(l, Cursor.decode(cursor));
    }

    /**
     * A connection's {@code first}/{@code after}, or a list's older {@code limit}/{@code cursor} (still taken, deprecated):
     * one of each pair at most (400 {@code VALIDATION_FAILED} for both).
     */
    public static PageRequest ofConnection(Integer first, String after, Integer limit, String cursor,
            CommonConfig.Paging paging) {
        if (first != null && limit != null) {
            throw Problems.invalid("first", "give first or limit, not both (limit is the older name)");
        }
        if (after != null && cursor != null) {
            throw Problems.invalid("after", "give after or cursor, not both (cursor is the older name)");
        }
        int l = first != null ? first : limit != null ? limit : paging.defaultLimit();
        if (l < 1 || l > paging.maxLimit()) {
            throw Problems.invalid(first != null ? "first" : "limit", "must be between 1 and " + paging.maxLimit());
        }
        return new PageRequest(l, Cursor.decode(after != null ? after : cursor));
    }

    /** The last key seen as a number (for id-ordered lists); 400 when the cursor holds something else. */
    public Long afterId() {
        if (after == null) {
            return null;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw Problems.badRequest("INVALID_CURSOR", "The cursor is not one this service gave out");
        }
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
