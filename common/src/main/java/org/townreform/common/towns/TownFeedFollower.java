package org.townreform.common.towns;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.id.TownCode;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps this service's copy of personnel-service's registry of towns ({@link TownCopy}, tables {@code town_copy} and
 * {@code feed_position}) by reading the registry's changes ({@code GET /api/v1/public/towns/changes}), where
 * {@code townreform.town-registry.follow=true}; elsewhere it does nothing and the copy stays empty.
 * <p>
 * At start and then every {@code townreform.town-registry.follow-every} (a Vert.x periodic timer, one round at a time)
 * it reads the stored cursor, asks for the changes after it, and writes the towns and the new cursor in one
 * transaction, page after page while more follow; a page that ends the feed sets {@code caught_up_at}. The stored
 * cursor is the truth: a round that finds another one there than its copy stands at (another replica went on, or the
 * row was reset) loads the copy again from the table before it asks, and the write of a page only goes through while
 * the stored cursor is still the one it asked after, so replicas sharing a database never skip or go back. A round
 * that finds nothing new writes nothing. When personnel-service cannot be asked the round fails, logged once per
 * outage, and the next one tries again from the stored cursor; after a restart the copy is loaded from the tables and
 * the reading goes on from there. A cursor personnel-service refuses (400) is given up: the changes are read again from
 * the start (writing a town twice changes nothing).
 */
@ApplicationScoped
public class TownFeedFollower {
    /** The row of {@code feed_position} this reader keeps. */
    public static final String FEED = "personnel-public-towns";
    private static final Logger LOG = Logger.getLogger(TownFeedFollower.class);
    private static final int MAX_PAGES_PER_ROUND = 1000;

    private final Pool pool;
    private final TownRegistryClient client;
    private final CommonConfig.TownRegistry config;
    private final TownCopy copy = new TownCopy();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Whether the copy in memory was loaded from the tables at least once (at start, or on the first round after). */
    private volatile boolean loaded;
    /** Whether the stored row has a {@code caught_up_at} (so a round at the end of the feed need not write it). */
    private volatile boolean storedCaughtUp;
    /** Whether the last round failed: the next failure is not logged again, the next success says it is over. */
    private volatile boolean failing;
    private volatile long timer = -1;

    public TownFeedFollower(Pool pool, TownRegistryClient client, CommonConfig config) {
        this.pool = pool;
        this.client = client;
        this.config = config.townRegistry();
    }

    /** The copy (empty where the service does not follow). */
    public TownCopy copy() {
        return copy;
    }

    /** Whether this service keeps the copy ({@code townreform.town-registry.follow}). */
    public boolean follows() {
        return config.follow();
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        if (!config.follow()) {
            return;
        }
        int size = config.followPageSize();
        if (size < 1 || size > 500) {
            throw new IllegalStateException("townreform.town-registry.follow-page-size must be between 1 and 500, not "
                    + size);
        }
        timer = vertx.setPeriodic(1, Math.max(1, config.followEvery().toMillis()), id -> tick());
    }

    void stop(@Observes ShutdownEvent event, Vertx vertx) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        round().subscribe().with(pages -> {
            running.set(false);
            if (failing) {
                failing = false;
                LOG.infof("town registry copy: personnel-service's changes read again (%d towns, read to the end at "
                        + "%s)", copy.size(), copy.readToEnd());
            }
        }, failure -> {
            running.set(false);
            if (!failing) {
                failing = true;
                LOG.warnf("town registry copy: personnel-service's changes could not be read (%s); the copy stays as "
                        + "read (%d towns, last read to the end at %s) and is read again every %s", describe(failure),
                        copy.size(), copy.readToEnd(), config.followEvery());
            } else {
                LOG.debugf("town registry copy: still not read: %s", describe(failure));
            }
        });
    }

    /** One round: page after page from the stored cursor while more follow; the number of pages read. */
    Uni<Integer> round() {
        return page(0);
    }

    private Uni<Integer> page(int done) {
        if (done >= MAX_PAGES_PER_ROUND) {
            return Uni.createFrom().item(done);
        }
        return synced().chain(x -> fetch(copy.cursor()))
                .chain(this::write)
                .onFailure(Moved.class).recoverWithItem(true)
                .chain(more -> more ? page(done + 1) : Uni.createFrom().item(done + 1));
    }

    /** The stored cursor; the copy loaded again from the tables when it stands elsewhere (or was never loaded). */
    private Uni<Void> synced() {
        return pool.preparedQuery("select cursor, caught_up_at from feed_position where feed = $1")
                .execute(Tuple.of(FEED)).chain(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    String cursor = row == null ? null : row.getString("cursor");
                    OffsetDateTime caughtUp = row == null ? null : row.getOffsetDateTime("caught_up_at");
                    if (loaded && Objects.equals(cursor, copy.cursor())) {
                        return Uni.createFrom().voidItem();
                    }
                    // read after the cursor: the towns are at least as far on as the cursor says
                    return pool.query("select code, name from town_copy").execute().map(towns -> {
                        Map<String, String> names = new HashMap<>();
                        for (Row t : towns) {
                            names.put(t.getString("code"), t.getString("name"));
                        }
                        copy.replace(names, cursor, caughtUp == null ? null : caughtUp.toInstant());
                        storedCaughtUp = caughtUp != null;
                        if (loaded) {
                            LOG.infof("town registry copy: loaded again from the table (%d towns): the stored cursor "
                                    + "had moved", names.size());
                        }
                        loaded = true;
                        return null;
                    });
                });
    }

    /** A page read after {@code cursor}; a cursor personnel-service refuses is given up for the start. */
    private Uni<Read> fetch(String cursor) {
        int size = config.followPageSize();
        return client.changes(cursor, size).map(page -> new Read(cursor, page))
                .onFailure(t -> cursor != null && status(t) == 400).recoverWithUni(t -> {
                    LOG.warnf("town registry copy: personnel-service refuses the stored cursor (%s); its changes are "
                            + "read again from the start", describe(t));
                    return client.changes(null, size).map(page -> new Read(cursor, page));
                });
    }

    /** Writes a page read (towns and cursor, one transaction, only while the stored cursor is the one asked after). */
    private Uni<Boolean> write(Read read) {
        TownChanges page = read.page();
        Map<String, String> towns = towns(page.towns());
        // "more" from where it stands is no more: the round ends rather than ask the same again and again
        boolean more = page.more() && !page.cursor().equals(read.after());
        boolean atEnd = !page.more();
        if (towns.isEmpty() && page.cursor().equals(read.after()) && (!atEnd || storedCaughtUp)) {
            // nothing new: nothing to write
            copy.apply(Map.of(), page.cursor(), atEnd ? Instant.now() : null);
            return Uni.createFrom().item(more);
        }
        return pool.withTransaction(conn -> {
            Uni<RowSet<Row>> moved;
            if (read.after() == null) {
                moved = conn.preparedQuery("insert into feed_position (feed, cursor, caught_up_at, updated_at) "
                        + "values ($1, $2, case when $3 then now() end, now()) on conflict (feed) do update set "
                        + "cursor = excluded.cursor, caught_up_at = coalesce(excluded.caught_up_at, "
                        + "feed_position.caught_up_at), updated_at = excluded.updated_at "
                        + "where feed_position.cursor is null returning caught_up_at")
                        .execute(Tuple.of(FEED, page.cursor(), atEnd));
            } else {
                moved = conn.preparedQuery("update feed_position set cursor = $2, caught_up_at = case when $3 then "
                        + "now() else caught_up_at end, updated_at = now() where feed = $1 and cursor = $4 "
                        + "returning caught_up_at").execute(Tuple.of(FEED, page.cursor(), atEnd, read.after()));
            }
            return moved.chain(rows -> {
                if (!rows.iterator().hasNext()) {
                    return Uni.createFrom().failure(new Moved());
                }
                OffsetDateTime caughtUp = rows.iterator().next().getOffsetDateTime("caught_up_at");
                if (towns.isEmpty()) {
                    return Uni.createFrom().item(caughtUp);
                }
                return conn.preparedQuery("insert into town_copy (code, name, updated_at) "
                        + "select code, name, now() from unnest($1::varchar[], $2::varchar[]) as t (code, name) "
                        + "on conflict (code) do update set name = excluded.name, updated_at = excluded.updated_at")
                        .execute(Tuple.of(towns.keySet().toArray(String[]::new),
                                towns.values().toArray(String[]::new)))
                        .replaceWith(caughtUp);
            });
        }).map(caughtUp -> {
            copy.apply(towns, page.cursor(), atEnd && caughtUp != null ? caughtUp.toInstant() : null);
            if (caughtUp != null) {
                storedCaughtUp = true;
            }
            return more;
        });
    }

    /** A page's towns by code, a later change of a town over an earlier one; what is not a town is left out. */
    private static Map<String, String> towns(List<RegisteredTown> changed) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (RegisteredTown t : changed) {
            if (t == null || t.code() == null || !t.code().matches(TownCode.REGEX) || t.name() == null
                    || t.name().isBlank() || t.name().length() > 100) {
                refused.add(String.valueOf(t));
                continue;
            }
            out.remove(t.code());
            out.put(t.code(), t.name());
        }
        if (!refused.isEmpty()) {
            LOG.warnf("town registry copy: left out what is not a town (a 9-digit code and a name): %s", refused);
        }
        return out;
    }

    private static int status(Throwable t) {
        return t instanceof WebApplicationException w && w.getResponse() != null ? w.getResponse().getStatus() : -1;
    }

    private static String describe(Throwable t) {
        int status = status(t);
        return status > 0 ? "HTTP " + status : t.toString();
    }

    /** A page read: the cursor asked after (the one the write expects to find stored) and the answer. */
    private record Read(String after, TownChanges page) {
    }

    /** The stored cursor moved while a page was read (another replica wrote it): the round goes on from the new one. */
    private static final class Moved extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Moved() {
            super(null, null, false, false);
        }
    }
}
