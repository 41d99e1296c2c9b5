package org.townreform.license.publicquery.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.townreform.license.publicquery.repository.PublicRateLimitStore.Count;
import org.townreform.license.publicquery.service.RateLimiter;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * The rate limit is one limit across replicas: what one replica counts, another sees. The second replica is played by
 * a store of its own over a pool of its own (its own connections, nothing in memory shared with the application's), on
 * the same database.
 */
@QuarkusTest
class PublicRateLimitStoreTest {
    /** Long, so that no test here runs across a window's end. */
    private static final Duration DAY = Duration.ofDays(1);
    private static final AtomicLong KEYS = new AtomicLong();

    @Inject
    PublicRateLimitStore store;
    @Inject
    Pool pool;
    @Inject
    Vertx vertx;

    @Test
    void aSecondReplicaCountsOnFromWhereTheFirstLeftOffAndRefusesPastTheLimit() {
        String client = key();
        RateLimiter limiter = new RateLimiter(3, DAY);
        for (int i = 1; i <= 3; i++) {
            Count c = store.count(client, DAY).await().indefinitely();
            assertThat(c.requests()).isEqualTo(i);
            assertThat(limiter.decide(c.requests(), c.windowStart(), c.countedAt()).allowed()).isTrue();
        }

        Config config = ConfigProvider.getConfig();
        PgConnectOptions sameDatabase = PgConnectOptions
                .fromUri(config.getValue("quarkus.datasource.reactive.url", String.class).replaceFirst("^vertx-reactive:", ""))
                .setUser(config.getValue("quarkus.datasource.username", String.class))
                .setPassword(config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        Pool otherPool = PgBuilder.pool().connectingTo(sameDatabase).with(new PoolOptions().setMaxSize(1)).using(vertx)
                .build();
        try {
            PublicRateLimitStore otherReplica = new PublicRateLimitStore(otherPool);
            Count fourth = otherReplica.count(client, DAY).await().indefinitely();

            assertThat(fourth.requests()).as("the other replica sees the first one's three").isEqualTo(4);
            RateLimiter.Decision refused = limiter.decide(fourth.requests(), fourth.windowStart(), fourth.countedAt());
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.retryAfterSeconds()).isBetween(1L, DAY.toSeconds());
            assertThat(store.count(client, DAY).await().indefinitely().requests()).as("and the first sees its count")
                    .isEqualTo(5);
        } finally {
            otherPool.close().await().indefinitely();
        }
        assertThat(storedRequests(client)).as("one shared row").isEqualTo(5);
    }

    @Test
    void aNewWindowStartsAgainAtOne() {
        String client = key();
        pool.preparedQuery("insert into public_rate_window (client_key, window_start, requests)"
                + " values ($1, statement_timestamp() - interval '3 days', 40)").execute(Tuple.of(client)).await()
                .indefinitely();

        Count c = store.count(client, DAY).await().indefinitely();

        assertThat(c.requests()).isEqualTo(1);
        assertThat(c.windowStart()).isAfter(c.countedAt().minus(DAY)).isBeforeOrEqualTo(c.countedAt());
        assertThat(storedRequests(client)).isEqualTo(1);
    }

    @Test
    void finishedWindowsAreDeletedAndCurrentOnesKept() {
        String finished = key();
        String current = key();
        pool.preparedQuery("insert into public_rate_window (client_key, window_start, requests)"
                + " values ($1, statement_timestamp() - interval '2 days', 7)").execute(Tuple.of(finished)).await()
                .indefinitely();
        store.count(current, DAY).await().indefinitely();

        int deleted = store.expire(DAY).await().indefinitely();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(storedRequests(finished)).as("the finished window's row is gone").isNull();
        assertThat(storedRequests(current)).isEqualTo(1);
    }

    private Integer storedRequests(String client) {
        RowIterator<Row> rows = pool.preparedQuery("select requests from public_rate_window where client_key = $1")
                .execute(Tuple.of(client)).await().indefinitely().iterator();
        return rows.hasNext() ? rows.next().getInteger("requests") : null;
    }

    /** A client key no other test (nor an earlier run on this database) uses. */
    private static String key() {
        return "store-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + "-" + KEYS.incrementAndGet();
    }
}
