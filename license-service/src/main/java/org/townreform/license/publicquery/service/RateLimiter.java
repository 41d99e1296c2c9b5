package org.townreform.license.publicquery.service;

import java.time.Duration;
import java.time.Instant;

/**
 * The public query's rate limit rule: at most {@code limit} requests per client key in each fixed window of
 * {@code window} (windows aligned on the epoch). Pure: the count comes from the store that every replica shares
 * ({@code PublicRateLimitStore}), the window's start and the time from the database's clock.
 */
public final class RateLimiter {
    private final int limit;
    private final Duration window;

    /** Allowed, or refused with the seconds until the window ends. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    public RateLimiter(int limit, Duration window) {
        if (limit < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs a positive limit and window");
        }
        this.limit = limit;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    /** The decision for the {@code requests}-th request (this one included) of the window that began at {@code windowStart}. */
    public Decision decide(long requests, Instant windowStart, Instant now) {
        if (requests <= limit) {
            return new Decision(true, 0);
        }
        long left = windowStart.plus(window).toEpochMilli() - now.toEpochMilli();
        return new Decision(false, Math.max(1, (left + 999) / 1000));
    }
}
