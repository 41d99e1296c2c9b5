package org.townreform.common.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * An event as written in the changing transaction (the transactional outbox): what changed, for which town, and the
 * record's view after the change as JSON. Append-only. Its place in the feed ({@code tx_id}) and its deliveries are
 * filled in by the database (docs/events.md).
 */
@Entity
@Table(name = "event_outbox")
public class OutboxEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(name = "town_code", updatable = false)
    public String townCode;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "data::text", write = "?::text::jsonb")
    public String data;
}
