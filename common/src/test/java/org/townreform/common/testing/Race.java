package org.townreform.common.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Fires the same request {@link #RACERS} times at once and collects the answers, for tests of what a unique constraint
 * does when requests race past the service's own check together. Each thread prepares its request (token, body) first; all then wait
 * at one gate and send together, so the requests reach the service within a millisecond or two of each other.
 */
public final class Race {
    /** How many requests a race test sends. */
    public static final int RACERS = 20;

    private Race() {
    }

    /** One answer of a race: status, media type, body and the Retry-After header (null when absent). */
    public record Answer(int status, String contentType, String body, String retryAfter) {
        public boolean success() {
            return status >= 200 && status < 300;
        }

        /** The problem's {@code code} when the answer is problem+json, otherwise null. */
        public String code() {
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return null;
            }
            return JsonPath.from(body).getString("code");
        }

        /** {@code 201}, or {@code 409 TOWN_EXISTS} for a problem. */
        public String label() {
            String code = code();
            return code == null ? String.valueOf(status) : status + " " + code;
        }
    }

    /** The answers of one race, in no particular order. */
    public record Answers(List<Answer> all) {
        /** How many answers of each {@link Answer#label() label}: {@code {201=1, 409 TOWN_EXISTS=19}}. */
        public Map<String, Integer> tally() {
            Map<String, Integer> t = new TreeMap<>();
            all.forEach(a -> t.merge(a.label(), 1, Integer::sum));
            return t;
        }

        public List<Answer> successes() {
            return all.stream().filter(Answer::success).toList();
        }

        public List<Answer> refusals() {
            return all.stream().filter(a -> !a.success()).toList();
        }

        /**
         * Exactly one request succeeded and every other one was refused 409 problem+json with one of {@code codes}: what a
         * request arriving second gets from the service's own check. Returns the winner's answer.
         */
        public Answer oneWinner(String... codes) {
            assertThat(all).as("answers").hasSize(RACERS);
            assertThat(all).as("no server error: %s", tally()).allMatch(a -> a.status() < 500);
            assertThat(successes()).as("exactly one success: %s", tally()).hasSize(1);
            assertThat(refusals()).as("every loser refused 409 with %s: %s", List.of(codes), tally())
                    .allMatch(a -> a.status() == 409 && List.of(codes).contains(a.code()));
            return successes().get(0);
        }

        /**
         * Every request answered as the first one was: a success with the winner's very body (replayed), or 409
         * {@code IDEMPOTENCY_IN_PROGRESS} with a Retry-After while the winner was still running. Returns the winner's answer.
         */
        public Answer replayed() {
            assertThat(all).as("answers").hasSize(RACERS);
            assertThat(all).as("no server error: %s", tally()).allMatch(a -> a.status() < 500);
            assertThat(successes()).as("at least one success: %s", tally()).isNotEmpty();
            Answer first = successes().get(0);
            assertThat(successes()).as("every success the same answer").allSatisfy(a -> {
                assertThat(a.status()).isEqualTo(first.status());
                assertThat(a.body()).isEqualTo(first.body());
            });
            assertThat(refusals()).as("every refusal 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: %s", tally())
                    .allMatch(a -> a.status() == 409 && "IDEMPOTENCY_IN_PROGRESS".equals(a.code())
                            && a.retryAfter() != null);
            return first;
        }
    }

    /**
     * Races {@link #RACERS} identical requests: {@code prepare} builds one (called once per racer, before the gate),
     * {@code send} sends it ({@code spec -> spec.post(path)}).
     */
    public static Answers run(Supplier<RequestSpecification> prepare, Function<RequestSpecification, Response> send) {
        return each(i -> {
            RequestSpecification request = prepare.get();
            return () -> send.apply(request);
        });
    }

    /**
     * Races {@link #RACERS} requests that differ where the test needs them to (racer {@code i} of 0..19 registering the
     * same person in unit {@code i}): {@code racer} prepares racer {@code i}'s request before the gate and answers what
     * sends it.
     */
    public static Answers each(IntFunction<Callable<Response>> racer) {
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    Callable<Response> send;
                    try {
                        send = racer.apply(index);
                    } finally {
                        ready.countDown();
                    }
                    gate.await();
                    Response r = send.call();
                    return new Answer(r.statusCode(), r.contentType(), r.asString(), r.header("Retry-After"));
                }));
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the racers were not ready within 60 s");
            }
            gate.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            Answers result = new Answers(List.copyOf(answers));
            System.out.println("race " + caller() + ": " + result.tally());
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("the race did not finish", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Races loads of a year no test has loaded ({@code PUT /api/v1/calendar/{year}} without {@code If-Match}): exactly one
     * is 200 (loaded); the others lost the race, 409 {@code CONCURRENT_UPDATE} (their insert met the winner's row) or 428
     * {@code PRECONDITION_REQUIRED} (they came after it: replacing a loaded year needs its version); never a 5xx nor a
     * "duplicate"; one row holds the year. The same in every service: the calendar is common's.
     */
    public static Answers calendarYear(Pool pool, int year) {
        Map<String, Object> doc = Map.of("year", year, "papers", List.of(), "days",
                List.of(Map.of("name", "元旦", "date", year + "-01-01", "isOffDay", true)));
        Answers answers = run(() -> given().header("Authorization", Tokens.bearer(Tokens.role("county-org")))
                .contentType(ContentType.JSON).body(doc), spec -> spec.put("/api/v1/calendar/" + year));
        assertThat(answers.all()).as("%s", answers.tally())
                .allMatch(a -> a.status() == 200 || a.status() == 409 && "CONCURRENT_UPDATE".equals(a.code())
                        || a.status() == 428 && "PRECONDITION_REQUIRED".equals(a.code()));
        assertThat(answers.successes()).hasSize(1);
        assertThat(count(pool, "select count(*) from calendar_year where year = $1", year)).isEqualTo(1);
        return answers;
    }

    /** The test method that ran the race, for the line each race prints. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames.filter(f -> !f.getClassName().startsWith(Race.class.getName()))
                .findFirst().map(f -> f.getMethodName()).orElse("?"));
    }

    /** The number {@code select count(*) ...} answers, read straight from the service's database. */
    public static long count(Pool pool, String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Duration.ofSeconds(30))
                .iterator().next().getLong(0);
    }
}
