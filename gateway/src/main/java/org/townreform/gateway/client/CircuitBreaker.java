package org.townreform.gateway.client;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A subgraph's circuit breaker: opens after {@code threshold} consecutive failures and refuses calls while open. An open
 * breaker lets ONE trial call through (half-open) as soon as a readiness probe of the subgraph has answered UP, or,
 * when the probes cannot tell, once {@code openNanos} have passed; it closes on that call's success and opens again on
 * its failure. A probe answering DOWN (or not reaching the subgraph) keeps it open and restarts the wait: no trial goes
 * to a service that says it is not ready. Lock-free: event loops share it.
 * <p>
 * Why the probe: a restarted service used to wait out the open period (and a failed trial another one) after it was
 * ready; asking its readiness endpoint every few hundred milliseconds costs one small GET and lets the trial go within
 * a probe interval of readiness, while a dead service still receives no trial traffic at all.
 * <p>
 * A service that says UP and still fails its trial (a cold JVM's first call timing out, or a service ready but broken)
 * is tried again after a growing pause: {@code backoffNanos} after the first failed trial, twice that after the second,
 * and so on up to {@code openNanos}, so it is never tried more often than the probe answers, and soon no more often
 * than without a probe. A probe answering DOWN starts the count again.
 * <p>
 * Hand-written rather than SmallRye Fault Tolerance's {@code Guard}: the gateway needs the breaker's state before the
 * call (to answer SERVICE_UNAVAILABLE without queueing on a dead service), a per-subgraph instance chosen by name at
 * runtime, and the probe's answer as an input.
 */
public final class CircuitBreaker {
    /** What a readiness probe found. */
    public enum Readiness {
        /** The subgraph says it is ready (HTTP 200). */
        UP,
        /** The subgraph says it is not ready (HTTP 503), or could not be reached in time. */
        DOWN,
        /** An answer that says nothing about readiness (e.g. 404: no readiness endpoint there). */
        UNKNOWN
    }

    private enum Phase {
        CLOSED, OPEN, TRIAL
    }

    /**
     * {@code since}: when the breaker opened (or a probe last said DOWN) for OPEN, when the trial went for TRIAL;
     * {@code ready}: a probe said UP since then (OPEN only); {@code failedTrials}: trials failed since it opened or a
     * probe last said DOWN.
     */
    private record State(Phase phase, long since, boolean ready, int failedTrials) {
    }

    private static final State CLOSED = new State(Phase.CLOSED, 0, false, 0);

    private final int threshold;
    private final long openNanos;
    private final long backoffNanos;
    private final LongSupplier clock;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<State> state = new AtomicReference<>(CLOSED);

    /**
     * @param threshold consecutive failures that open the breaker
     * @param openNanos how long it stays open when no probe says UP
     * @param backoffNanos the pause after the first failed trial before a probe's UP counts again (doubling after each
     *        further failed trial, at most {@code openNanos})
     */
    public CircuitBreaker(int threshold, long openNanos, long backoffNanos, LongSupplier clock) {
        this.threshold = Math.max(1, threshold);
        this.openNanos = openNanos;
        this.backoffNanos = Math.max(0, backoffNanos);
        this.clock = clock;
    }

    /** Whether a call may go now (when a trial is due, only the first asker gets true). */
    public boolean tryAcquire() {
        State s = state.get();
        if (s == CLOSED) {
            return true;
        }
        if (s.phase() != Phase.OPEN) {
            return false; // a trial is in flight
        }
        long now = clock.getAsLong();
        long waited = now - s.since();
        if (waited < openNanos && !(s.ready() && waited >= backoff(s.failedTrials()))) {
            return false;
        }
        return state.compareAndSet(s, new State(Phase.TRIAL, now, false, s.failedTrials()));
    }

    /** The pause after {@code failedTrials} failed trials before a probe's UP lets the next one go. */
    private long backoff(int failedTrials) {
        if (failedTrials == 0) {
            return 0;
        }
        long pause = backoffNanos;
        for (int i = 1; i < failedTrials && pause > 0 && pause < openNanos; i++) {
            pause *= 2;
        }
        return Math.min(pause, openNanos);
    }

    public void onSuccess() {
        failures.set(0);
        if (state.get() != CLOSED) {
            state.set(CLOSED);
        }
    }

    public void onFailure() {
        State s = state.get();
        switch (s.phase()) {
            case TRIAL -> state.compareAndSet(s,
                    new State(Phase.OPEN, clock.getAsLong(), false, Math.min(s.failedTrials() + 1, 1_000)));
            case OPEN -> {
                // a call that went before the breaker opened: it is open already
            }
            case CLOSED -> {
                if (failures.incrementAndGet() >= threshold
                        && state.compareAndSet(CLOSED, new State(Phase.OPEN, clock.getAsLong(), false, 0))) {
                    failures.set(0);
                }
            }
        }
    }

    /** A readiness probe's answer; ignored unless the breaker is open and waiting. */
    public void onProbe(Readiness readiness) {
        State s = state.get();
        if (s.phase() != Phase.OPEN) {
            return;
        }
        switch (readiness) {
            case UP -> {
                if (!s.ready()) {
                    state.compareAndSet(s, new State(Phase.OPEN, s.since(), true, s.failedTrials()));
                }
            }
            case DOWN -> state.compareAndSet(s, new State(Phase.OPEN, clock.getAsLong(), false, 0));
            case UNKNOWN -> {
                // the timed trial decides
            }
        }
    }

    /** Whether a readiness probe would tell the breaker anything now: open, and no trial allowed yet by a probe. */
    public boolean wantsProbe() {
        State s = state.get();
        return s.phase() == Phase.OPEN && !s.ready();
    }

    public boolean isOpen() { return state.get() != CLOSED; }
}
