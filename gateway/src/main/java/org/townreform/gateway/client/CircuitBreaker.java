package org.townreform.gateway.client;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A subgraph's circuit breaker: opens after {@code threshold} consecutive failures, refuses calls while open, lets ONE
 * trial call through once {@code openNanos} have passed (half-open), closes on that call's success and opens again on
 * its failure. Lock-free: event loops share it.
 * <p>
 * Hand-written rather than SmallRye Fault Tolerance's {@code Guard}: the gateway needs the breaker's state before the
 * call (to answer SERVICE_UNAVAILABLE without queueing on a dead service) and a per-subgraph instance chosen by name at
 * runtime, in a dozen lines.
 */
public final class CircuitBreaker {
    private static final long CLOSED = Long.MIN_VALUE;

    private final int threshold;
    private final long openNanos;
    private final LongSupplier clock;
    private final AtomicInteger failures = new AtomicInteger();
    /** CLOSED, or the nano time the breaker opened. */
    private final AtomicLong openedAt = new AtomicLong(CLOSED);
    private final AtomicInteger trials = new AtomicInteger();

    public CircuitBreaker(int threshold, long openNanos, LongSupplier clock) {
        this.threshold = Math.max(1, threshold);
        this.openNanos = openNanos;
        this.clock = clock;
    }

    /** Whether a call may go now (in half-open state, only the first asker gets true). */
    public boolean tryAcquire() {
        long opened = openedAt.get();
        if (opened == CLOSED) {
            return true;
        }
        if (clock.getAsLong() - opened < openNanos) {
            return false;
        }
        return trials.compareAndSet(0, 1);
    }

    public void onSuccess() {
        failures.set(0);
        if (openedAt.get() != CLOSED) {
            openedAt.set(CLOSED);
            trials.set(0);
        }
    }

    public void onFailure() {
        long opened = openedAt.get();
        if (opened != CLOSED) {
            // The half-open trial failed: open again for a full period.
            openedAt.set(clock.getAsLong());
            trials.set(0);
            return;
        }
        if (failures.incrementAndGet() >= threshold) {
            openedAt.compareAndSet(CLOSED, clock.getAsLong());
            trials.set(0);
        }
    }

    public boolean isOpen() { return openedAt.get() != CLOSED; }
}
