package org.townreform.common.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads the feed: events after a position, in (transaction id, row id) order, and only those of transactions that
 * finished before the oldest one still open began ({@code pg_snapshot_xmin}). A transaction that wrote an event and
 * has not committed yet holds the feed back at its place, so when it commits its event is read next, not passed over.
 * Aborted transactions leave no rows. (A long open transaction anywhere in the database holds the feed back for as
 * long as it stays open; docs/events.md.)
 */
@ApplicationScoped
public class EventStore {
    private final Pool pool;

    public EventStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Up to {@code limit} events after {@code after}: of the given types (all when empty), of the given town (any when
     * null; town-less events only when {@code townlessToo}).
     */
    public Uni<List<StoredEvent>> after(FeedPosition after, List<String> types, String town, boolean townlessToo,
            int limit) {
        StringBuilder sql = new StringBuilder("select ").append(StoredEvent.COLUMNS).append(" from event_outbox e")
                .append(" where (e.tx_id, e.id) > ($1::text::xid8, $2)")
                .append(" and e.tx_id < pg_snapshot_xmin(pg_current_snapshot())");
        List<Object> params = new ArrayList<>(List.of(Long.toString(after.tx()), after.id()));
        if (!types.isEmpty()) {
            params.add(types.toArray(String[]::new));
            sql.append(" and e.type = any ($").append(params.size()).append(")");
        }
        if (town != null) {
            params.add(town);
            sql.append(townlessToo
                    ? " and (e.town_code = $" + params.size() + " or e.town_code is null)"
                    : " and e.town_code = $" + params.size());
        }
        params.add(limit);
        sql.append(" order by e.tx_id, e.id limit $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            List<StoredEvent> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(StoredEvent.of(r));
            }
            return out;
        });
    }
}
