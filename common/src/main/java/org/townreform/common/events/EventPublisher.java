package org.townreform.common.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes the event of a state change into the outbox, in the caller's transaction: the change and its event commit or
 * fail together. {@code AuditLog} calls it for every audited change, so every audited change is an event.
 */
@ApplicationScoped
public class EventPublisher {
    private final String service;
    private final ObjectMapper json;

    public EventPublisher(@ConfigProperty(name = "quarkus.application.name") String applicationName, ObjectMapper json) {
        this.service = EventTypes.service(applicationName);
        this.json = json;
    }

    /** This service's short name in event types ({@code personnel}, {@code fiscal}, {@code license}). */
    public String service() {
        return service;
    }

    public Uni<Void> publish(String action, String entityType, Object entityId, String townCode, Object after,
            OffsetDateTime at) {
        OutboxEvent e = new OutboxEvent();
        e.eventId = UUID.randomUUID();
        e.type = EventTypes.type(service, action, entityType);
        e.subject = EventTypes.subject(entityType, entityId);
        e.townCode = townCode;
        e.occurredAt = at;
        e.data = data(after);
        return Panache.getSession().flatMap(s -> s.persist(e)).replaceWithVoid();
    }

    private String data(Object after) {
        if (after == null) {
            return "{}";
        }
        try {
            return after instanceof String s && looksLikeJson(s) ? s : json.writeValueAsString(after);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the view of an event is not serialisable: " + after.getClass(), e);
        }
    }

    private static boolean looksLikeJson(String s) {
        String t = s.strip();
        return t.startsWith("{") || t.startsWith("[");
    }
}
