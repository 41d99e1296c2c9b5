package org.townreform.common.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.townreform.common.events.EventPublisher;
import org.townreform.common.security.Caller;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.web.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Writes audit records in the caller's transaction, so a change and its record commit or fail together. Services call it
 * once per state change with short before/after summaries (any object; it is stored as JSON). Every audited change is
 * also an event ({@link EventPublisher}, in the same transaction) whose data is {@code after}, the record's view after
 * the change.
 */
@ApplicationScoped
public class AuditLog {
    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final int MAX_SUMMARY = 8000;

    private final AuditRecordRepository repository;
    private final Caller caller;
    private final BusinessClock clock;
    private final ObjectMapper json;
    private final EventPublisher events;

    public AuditLog(AuditRecordRepository repository, Caller caller, BusinessClock clock, ObjectMapper json,
            EventPublisher events) {
        this.repository = repository;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    public Uni<Void> record(String action, String entityType, Object entityId, String townCode, Object before,
            Object after) {
        AuditRecord r = new AuditRecord();
        r.occurredAt = clock.now();
        r.actor = caller.name();
        r.actorRoles = caller.roleSummary();
        r.townCode = townCode;
        r.action = action;
        r.entityType = entityType;
        r.entityId = String.valueOf(entityId);
        r.before = summary(before);
        r.after = summary(after);
        r.requestId = RequestIds.current();
        return repository.persist(r)
                .flatMap(x -> events.publish(action, entityType, entityId, townCode, after, r.occurredAt));
    }

    private String summary(Object value) {
        if (value == null) {
            return null;
        }
        try {
            String s = value instanceof String str ? str : json.writeValueAsString(value);
            return s.length() > MAX_SUMMARY ? s.substring(0, MAX_SUMMARY) + "…" : s;
        } catch (JsonProcessingException e) {
            LOG.warnf("Audit summary of %s not serialisable: %s", value.getClass().getName(), e.getMessage());
            return String.valueOf(value);
        }
    }
}
