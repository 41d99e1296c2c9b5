package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.townreform.gateway.e2e.E2eServices.Service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * fiscal-service stopped and started again (cold: no warm-up) under light load, one county dashboard at a time every
 * 100 ms. The gateway answers in full within 3 s of fiscal-service's readiness ({@code /q/health/ready} answering 200),
 * and while fiscal-service is down its open breaker sends it no call at all, even for longer than the breaker's open
 * period: the readiness probe says DOWN, so no trial goes.
 * <p>
 * The readiness moment is taken conservatively: the start of the last poll (every 25 ms) that was not answered 200.
 */
@QuarkusTest
@TestProfile(E2eProfile.FiscalStopped.class)
class FiscalRestartE2eTest extends E2eTestBase {
    private static final long RECOVERY_LIMIT_MS = 3_000;
    /** The gateway's default {@code breaker.open-duration}: a timed trial would have gone after this. */
    private static final long OPEN_DURATION_MS = 5_000;

    private record Answer(long end, boolean full) {
    }

    @Test
    void fullAnswersWithinThreeSecondsOfReadinessAndNoTrialWhileDown() throws Exception {
        Assumptions.assumeFalse(Gql.againstPeer(), "our gateway's breaker and metrics");
        awaitFullAnswer(30_000); // the breaker may be open from an earlier test of this gateway

        List<Answer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> loadFailure = new AtomicReference<>();
        Thread load = new Thread(() -> {
            try {
                while (!stop.get()) {
                    Response r = Gql.post(Gql.gateway(), supervisor(), DASHBOARD, Map.of("year", YEAR));
                    answers.add(new Answer(System.nanoTime(), full(r)));
                    Thread.sleep(100);
                }
            } catch (Throwable e) {
                loadFailure.set(e);
            }
        }, "e2e-light-load");
        load.start();
        try {
            long refusedBefore = fiscal("circuit_open");
            E2eServices.stopService(Service.FISCAL);
            long openedAt = awaitBreakerOpen(refusedBefore, 20_000);
            long callsWhenOpen = fiscalCalls();
            // Down for longer than the open period, so a timed trial would have gone by now.
            sleepUntil(openedAt + TimeUnit.MILLISECONDS.toNanos(OPEN_DURATION_MS + 500));

            E2eServices.startCold(Service.FISCAL);
            long lastNotReady = System.nanoTime();
            long callsWhileDown = callsWhenOpen;
            long downSince = openedAt;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            for (int poll = 0;; poll++) {
                assertThat(System.nanoTime()).as("fiscal-service ready within 240 s").isLessThan(deadline);
                assertThat(E2eServices.isRunning(Service.FISCAL)).as("fiscal-service runs; see %s",
                        E2eServices.log(Service.FISCAL)).isTrue();
                long pollStart = System.nanoTime();
                // Read before asking readiness: when the answer is "not ready", these calls went while it was down.
                long calls = poll % 10 == 0 ? fiscalCalls() : -1;
                if (E2eServices.status(Service.FISCAL.baseUrl() + "/q/health/ready") == 200) {
                    break;
                }
                lastNotReady = pollStart;
                if (calls >= 0) {
                    callsWhileDown = calls;
                    downSince = pollStart;
                }
                Thread.sleep(25);
            }
            long ready = lastNotReady;
            long failedBefore = fiscal("error") + fiscal("timeout");

            long firstFull = -1;
            long until = ready + TimeUnit.SECONDS.toNanos(30);
            while (firstFull < 0 && System.nanoTime() < until && loadFailure.get() == null) {
                firstFull = answers.stream().filter(a -> a.full() && a.end() > ready).mapToLong(Answer::end).min()
                        .orElse(-1);
                Thread.sleep(20);
            }
            stop.set(true);
            load.join(10_000);
            long failedAfterReady = fiscal("error") + fiscal("timeout") - failedBefore;
            assertThat(loadFailure.get()).as("the load thread").isNull();
            assertThat(firstFull).as("a full answer within 30 s of readiness").isPositive();
            long recoveryMs = TimeUnit.NANOSECONDS.toMillis(firstFull - ready);
            long downMs = TimeUnit.NANOSECONDS.toMillis(downSince - openedAt);
            String seen = String.format("first full answer %d ms after fiscal-service's readiness (%d failed calls"
                    + " after readiness); breaker open for %d ms while down with %d calls to it; load average %.1f",
                    recoveryMs, failedAfterReady, downMs, callsWhileDown - callsWhenOpen,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("FiscalRestartE2eTest: " + seen);

            assertThat(recoveryMs).as("from fiscal-service's readiness to the first full answer: %s", seen)
                    .isLessThanOrEqualTo(RECOVERY_LIMIT_MS);
            assertThat(downMs).as("the breaker was open longer than its open period while fiscal-service was down")
                    .isGreaterThan(OPEN_DURATION_MS);
            assertThat(callsWhileDown - callsWhenOpen).as("calls to fiscal-service while it was down, breaker open")
                    .isZero();
            assertThat(fiscalProbes("down")).as("the open breaker probed readiness").isPositive();
        } finally {
            stop.set(true);
            load.join(10_000);
            // Leave fiscal-service ready and warm for the next class, as the harness does after a start.
            E2eServices.startCold(Service.FISCAL);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (E2eServices.status(Service.FISCAL.baseUrl() + "/q/health/ready") != 200
                    && System.nanoTime() < deadline && E2eServices.isRunning(Service.FISCAL)) {
                Thread.sleep(100);
            }
            Seeding.warmUp(Service.FISCAL);
        }
    }

    private static boolean full(Response r) {
        if (r.statusCode() != 200) {
            return false;
        }
        List<Object> errors = r.jsonPath().getList("errors");
        List<Object> fiscal = r.jsonPath().getList("data.countyDashboard.towns.fiscal");
        return (errors == null || errors.isEmpty()) && fiscal != null && fiscal.size() == E2eServices.TOWNS
                && fiscal.stream().allMatch(f -> f != null);
    }

    private void awaitFullAnswer(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = Gql.post(Gql.gateway(), supervisor(), DASHBOARD, Map.of("year", YEAR));
            if (full(last)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no full answer before the test: " + (last == null ? "none" : Gql.brief(last)));
    }

    /** Waits until the gateway refuses a fiscal call because the breaker is open; the time it saw that. */
    private static long awaitBreakerOpen(long refusedBefore, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            if (fiscal("circuit_open") > refusedBefore) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fiscal's breaker did not open within " + millis + " ms");
    }

    /** Calls that left the gateway for fiscal-service (answered, failed or timed out). */
    private static long fiscalCalls() {
        String metrics = gatewayMetrics();
        return outcome(metrics, "success") + outcome(metrics, "error") + outcome(metrics, "timeout");
    }

    private static long fiscal(String outcome) {
        return outcome(gatewayMetrics(), outcome);
    }

    private static long outcome(String metrics, String outcome) {
        return ServiceMetrics.sum(metrics, "gateway_downstream_requests_total{",
                "outcome=\"" + outcome + "\",service=\"fiscal\"");
    }

    private static long fiscalProbes(String readiness) {
        return ServiceMetrics.sum(gatewayMetrics(), "gateway_downstream_probes_total{",
                "readiness=\"" + readiness + "\",service=\"fiscal\"");
    }

    private static String gatewayMetrics() {
        return ServiceMetrics.scrape("http://localhost:" + RestAssured.port + "/q/metrics");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
