package org.townreform.common.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;

/** An outbox row as the feed and the webhook sender read it. */
public record StoredEvent(long row, FeedPosition position, UUID eventId, String type, String subject, String townCode,
        OffsetDateTime occurredAt, String data) {

    /** The columns {@link #of(Row)} reads, in a select list over {@code event_outbox e}. */
    static final String COLUMNS = "e.id, e.tx_id::text as tx, e.event_id, e.type, e.subject, e.town_code, e.occurred_at, "
            + "e.data::text as data";

    static StoredEvent of(Row r) {
        long id = r.getLong("id");
        return new StoredEvent(id, new FeedPosition(Long.parseLong(r.getString("tx")), id), r.getUUID("event_id"),
                r.getString("type"), r.getString("subject"), r.getString("town_code"),
                r.getOffsetDateTime("occurred_at"), r.getString("data"));
    }
}
