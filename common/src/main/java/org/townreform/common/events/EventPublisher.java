package org.townreform.common.events;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.townreform.common.config.CommonConfig;

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
    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    private final String service;
    private final ObjectMapper json;
    private final Map<String, EventCatalogue.Type> catalogue = new HashMap<>();
    private final boolean strict;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public EventPublisher(@ConfigProperty(name = "quarkus.application.name") String applicationName, ObjectMapper json,
            Instance<EventCatalogue> catalogues, CommonConfig config) {
        this.service = EventTypes.service(applicationName);
        this.json = json;
        this.strict = config.events().strictCatalogue();
        EventCatalogue.common(service).forEach(t -> catalogue.put(t.type(), t));
        catalogues.forEach(c -> c.types().forEach(t -> catalogue.put(t.type(), t)));
    }

    /**
     * The types a caller with these roles may read, or null when it may read them all (the feed's and a webhook's
     * scope besides the town).
     */
    public java.util.List<String> readable(Set<String> roles) {
        if (catalogue.values().stream().allMatch(t -> t.readableBy(roles))) {
            return null;
        }
        return catalogue.values().stream().filter(t -> t.readableBy(roles)).map(EventCatalogue.Type::type).sorted()
                .toList();
    }

    /** Every type this service publishes, by name. */
    public Map<String, EventCatalogue.Type> catalogue() {
        return Map.copyOf(catalogue);
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
        check(e.type, after);
        e.subject = EventTypes.subject(entityType, entityId);
        e.townCode = townCode;
        e.occurredAt = at;
        e.data = data(after);
        return Panache.getSession().flatMap(s -> s.persist(e)).replaceWithVoid();
    }

    /**
     * The type must be in the catalogue and its data of the catalogue's class. Strict (tests): refused, so the test
     * that made the change fails; otherwise the event is published anyway (an event is never lost over its
     * documentation) and the gap logged once.
     */
    private void check(String type, Object after) {
        EventCatalogue.Type t = catalogue.get(type);
        String problem = t == null
                ? "is not in the event catalogue"
                : !(after == null ? t.data() == Void.class : t.data().isInstance(after))
                        ? "has data of " + (after == null ? "none" : after.getClass().getName()) + ", the catalogue says "
                                + t.data().getName()
                        : null;
        if (problem == null) {
            return;
        }
        if (strict) {
            throw new IllegalStateException("event " + type + " " + problem);
        }
        if (warned.add(type)) {
            LOG.warnf("event %s %s", type, problem);
        }
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
