package org.townreform.common.events;

import org.townreform.common.error.ProblemException;
import org.townreform.common.paging.Cursor;

/**
 * A place in a service's event feed: after the event {@code id} of the transaction {@code tx}. Events are read in the
 * order of (transaction id, row id), and only those of transactions older than any still open, so the order never
 * changes behind a reader. Given out as an opaque cursor ({@link Cursor}); {@link #START} is before the first event.
 */
public record FeedPosition(long tx, long id) implements Comparable<FeedPosition> {
    public static final FeedPosition START = new FeedPosition(0, 0);
    private static final String MARK = "ev:";

    public String cursor() {
        return Cursor.encode(MARK + tx + ":" + id);
    }

    /** The position a cursor stands for, {@link #START} for none; 400 {@code INVALID_CURSOR} for one not ours. */
    public static FeedPosition of(String cursor) {
        String key = Cursor.decode(cursor);
        if (key == null) {
            return START;
        }
        if (!key.startsWith(MARK)) {
            throw invalid();
        }
        String[] parts = key.substring(MARK.length()).split(":");
        try {
            if (parts.length != 2) {
                throw invalid();
            }
            return new FeedPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    @Override
    public int compareTo(FeedPosition o) {
        int byTx = Long.compare(tx, o.tx);
        return byTx != 0 ? byTx : Long.compare(id, o.id);
    }

    private static ProblemException invalid() {
        return org.townreform.common.error.Problems.badRequest("INVALID_CURSOR",
                "The cursor is not a place in this service's event feed");
    }
}
