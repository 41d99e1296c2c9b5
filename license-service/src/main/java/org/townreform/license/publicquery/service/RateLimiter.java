package org.townreform.license.publicquery.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window request counting per key (a client address): at most {@code limit} requests per {@code window}. Pure and
 * thread-safe; the caller passes the time. Old windows are dropped as the map grows.
 */
public final class RateLimiter {
    private static final int SWEEP_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {
    }

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

    public Decision attempt(String key, Instant now) {
        long millis = window.toMillis();
        long start = now.toEpochMilli() / millis * millis;
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> w.start() < start);
        }
        Window w = windows.compute(key, (k, old) -> old == null || old.start() != start
                ? new Window(start, 1)
                : new Window(start, old.count() + 1));
        if (w.count() <= limit) {
            return new Decision(true, 0);
        }
        long retry = Math.max(1, (start + millis - now.toEpochMilli() + 999) / 1000);
        return new Decision(false, retry);
    }
}
