package org.townreform.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.client.CircuitBreaker.Readiness;

class CircuitBreakerTest {
    private final AtomicLong now = new AtomicLong(1_000);
    /** Opens after 3 failures, for 100 (ns) without a probe; a failed trial after UP pauses 10, 20, 40, ... */
    private final CircuitBreaker breaker = new CircuitBreaker(3, 100, 10, now::get);

    @Test
    void opensAfterConsecutiveFailuresOnly() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess(); // resets the count
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onFailure();
        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void halfOpenLetsOneTrialThroughAndClosesOnItsSuccess() {
        open();
        now.addAndGet(100);
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).as("only one trial at a time").isFalse();
        breaker.onSuccess();
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aFailedTrialOpensForAnotherFullPeriod() {
        open();
        now.addAndGet(100);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onFailure();
        now.addAndGet(99);
        assertThat(breaker.tryAcquire()).isFalse();
        now.addAndGet(1);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aProbeSayingUpLetsOneTrialGoAtOnce() {
        open();
        assertThat(breaker.wantsProbe()).isTrue();
        now.addAndGet(10); // far less than the open period
        breaker.onProbe(Readiness.UP);
        assertThat(breaker.wantsProbe()).as("the probe has said what it could").isFalse();
        assertThat(breaker.tryAcquire()).as("the trial").isTrue();
        assertThat(breaker.tryAcquire()).as("only one trial at a time").isFalse();
        breaker.onSuccess();
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.wantsProbe()).isFalse();
    }

    @Test
    void aProbeSayingDownKeepsItOpenWithNoTrialEvenPastTheOpenPeriod() {
        open();
        for (int i = 0; i < 10; i++) {
            now.addAndGet(50);
            breaker.onProbe(Readiness.DOWN);
            assertThat(breaker.tryAcquire()).as("no trial while the service says it is down (%d ms open)", 50 * (i + 1))
                    .isFalse();
            assertThat(breaker.wantsProbe()).isTrue();
        }
        assertThat(breaker.isOpen()).isTrue();
        // Down until now: the timed trial waits a full period from the last DOWN.
        now.addAndGet(99);
        assertThat(breaker.tryAcquire()).isFalse();
        breaker.onProbe(Readiness.UP);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aProbeThatCannotTellLeavesTheTimedTrial() {
        open();
        now.addAndGet(60);
        breaker.onProbe(Readiness.UNKNOWN);
        assertThat(breaker.tryAcquire()).isFalse();
        now.addAndGet(40);
        breaker.onProbe(Readiness.UNKNOWN);
        assertThat(breaker.tryAcquire()).as("the open period is over").isTrue();
    }

    @Test
    void aFailedTrialAfterUpWaitsForTheNextProbeAndAPauseThatDoubles() {
        open();
        breaker.onProbe(Readiness.UP);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onFailure(); // ready, but the call still failed (a cold service timing out)
        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.tryAcquire()).as("an UP before the failed trial does not count").isFalse();
        assertThat(breaker.wantsProbe()).isTrue();
        breaker.onProbe(Readiness.UP);
        assertThat(breaker.tryAcquire()).as("UP again, but within the pause after a failed trial").isFalse();
        now.addAndGet(10);
        assertThat(breaker.tryAcquire()).as("the first pause is over").isTrue();
        breaker.onFailure();
        breaker.onProbe(Readiness.UP);
        now.addAndGet(19);
        assertThat(breaker.tryAcquire()).isFalse();
        now.addAndGet(1);
        assertThat(breaker.tryAcquire()).as("the second pause is twice the first").isTrue();
        breaker.onFailure();
        breaker.onProbe(Readiness.UP);
        now.addAndGet(39);
        assertThat(breaker.tryAcquire()).isFalse();
        now.addAndGet(1);
        assertThat(breaker.tryAcquire()).as("then 40").isTrue();
        breaker.onFailure();
        breaker.onProbe(Readiness.UP);
        now.addAndGet(80);
        assertThat(breaker.tryAcquire()).as("then 80").isTrue();
        breaker.onFailure();
        breaker.onProbe(Readiness.UP);
        now.addAndGet(99);
        assertThat(breaker.tryAcquire()).as("then the open period, not 160").isFalse();
        now.addAndGet(1);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aProbeSayingDownStartsTheFailedTrialsCountAgain() {
        open();
        for (int i = 0; i < 3; i++) {
            breaker.onProbe(Readiness.UP);
            now.addAndGet(100);
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.onFailure();
        }
        breaker.onProbe(Readiness.DOWN); // the service went away; when it is back, its first UP counts at once
        breaker.onProbe(Readiness.UP);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void probesAreIgnoredUnlessOpenAndWaiting() {
        breaker.onProbe(Readiness.DOWN);
        assertThat(breaker.isOpen()).as("a probe never opens the breaker").isFalse();
        assertThat(breaker.wantsProbe()).isFalse();
        open();
        breaker.onProbe(Readiness.UP);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onProbe(Readiness.DOWN); // while the trial is in flight
        assertThat(breaker.wantsProbe()).isFalse();
        breaker.onSuccess();
        assertThat(breaker.isOpen()).isFalse();
    }

    @Test
    void aLateFailureOfACallFromBeforeTheOpeningDoesNotExtendIt() {
        open();
        now.addAndGet(60);
        breaker.onFailure();
        now.addAndGet(40);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
        assertThat(breaker.tryAcquire()).isFalse();
    }
}
