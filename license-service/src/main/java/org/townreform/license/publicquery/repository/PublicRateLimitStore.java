package org.townreform.license.publicquery.repository;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.townreform.license.config.LicenseConfig;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The public query's request counts, kept in PostgreSQL so that every replica counts against one limit: one row per
 * client key holding its current fixed window and the requests counted in it ({@code public_rate_window}).
 * <p>
 * One atomic statement per request through the reactive client: {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}
 * takes the row lock, starts a new window at 1 or adds 1, and answers the count, the window's start and the database's
 * time. The window is computed from the database's clock, not the replica's, so replicas with skewed clocks still agree
 * on where a window starts. Windows that are over are deleted every window length by each replica (an idempotent
 * {@code DELETE}; several replicas doing it is harmless).
 */
@ApplicationScoped
public class PublicRateLimitStore {
    private static final Logger LOG = Logger.getLogger(PublicRateLimitStore.class);

    /** $1 client key, $2 window in milliseconds. */
    static final String COUNT = """
            insert into public_rate_window as w (client_key, window_start, requests)
            values ($1, to_timestamp((floor(extract(epoch from statement_timestamp()) * 1000 / $2::bigint)
                                      * $2::bigint / 1000)::float8), 1)
            on conflict (client_key) do update
                set requests = case when w.window_start >= excluded.window_start then w.requests + 1 else 1 end,
                    window_start = greatest(w.window_start, excluded.window_start)
            returning requests, window_start, statement_timestamp() as counted_at""";

    /** $1 window in milliseconds. */
    static final String EXPIRE = """
            delete from public_rate_window
            where window_start < statement_timestamp() - $1::bigint * interval '1 millisecond'""";

    private final Pool pool;

    /** A request counted: the requests of the key in the window so far (this one included), and when. */
    public record Count(int requests, Instant windowStart, Instant countedAt) {
    }

    public PublicRateLimitStore(Pool pool) {
        this.pool = pool;
    }

    /** Counts one request of {@code key} in the current window of length {@code window}. */
    public Uni<Count> count(String key, Duration window) {
        return pool.preparedQuery(COUNT).execute(Tuple.of(key, window.toMillis())).map(rows -> {
            Row row = rows.iterator().next();
            return new Count(row.getInteger("requests"), row.getOffsetDateTime("window_start").toInstant(),
                    row.getOffsetDateTime("counted_at").toInstant());
        });
    }

    /** Deletes the rows whose window (of length {@code window}) is over; the number deleted. */
    public Uni<Integer> expire(Duration window) {
        return pool.preparedQuery(EXPIRE).execute(Tuple.of(window.toMillis())).map(rows -> rows.rowCount());
    }

    void expirePeriodically(@Observes StartupEvent start, Vertx vertx, LicenseConfig config) {
        Duration window = config.publicQuery().window();
        vertx.setPeriodic(Math.max(1_000, window.toMillis()), id -> expire(window).subscribe().with(
                deleted -> LOG.debugf("public rate limit: %d finished windows deleted", deleted),
                failure -> LOG.warnf("public rate limit: finished windows not deleted (%s)", failure.toString())));
    }
}
