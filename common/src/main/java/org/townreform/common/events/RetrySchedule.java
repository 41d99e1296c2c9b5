package org.townreform.common.events;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.DoubleSupplier;

/**
 * When a failed webhook delivery is tried again: {@code first} after the first failure, then twice as long after each
 * further one (at most {@code maxDelay}), each delay moved at random by up to a fifth either way (jitter, so that many
 * receivers coming back at once are not all called in the same second). A delivery still failing {@code retryFor}
 * after its first attempt is given up, and its subscription paused. With the defaults (10 s, 4 h, 24 h) that is 17
 * attempts over a day. Plain Java.
 */
public record RetrySchedule(Duration first, Duration maxDelay, Duration retryFor, DoubleSupplier random) {

    public RetrySchedule(Duration first, Duration maxDelay, Duration retryFor) {
        this(first, maxDelay, retryFor, Math::random);
    }

    /** The delay after the given number of failed attempts (1 for the first failure), jitter included. */
    public Duration delayAfter(int failedAttempts) {
        long base = first.toMillis();
        for (int i = 1; i < failedAttempts && base < maxDelay.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, maxDelay.toMillis());
        double jitter = 0.8 + 0.4 * random.getAsDouble();
        return Duration.ofMillis(Math.max(1, Math.round(base * jitter)));
    }

    /** The next attempt's time, or null when the delivery has failed for {@code retryFor} and is given up. */
    public OffsetDateTime next(OffsetDateTime firstAttempt, OffsetDateTime now, int failedAttempts) {
        if (!now.isBefore(firstAttempt.plus(retryFor))) {
            return null;
        }
        return now.plus(delayAfter(failedAttempts));
    }
}
