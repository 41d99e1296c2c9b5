package org.townreform.common.audit;

import java.time.OffsetDateTime;

/** An audit record as supervisors read it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String actorRoles, String townCode,
        String action, String entityType, String entityId, String before, String after, String requestId) {

    public static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.id, r.occurredAt, r.actor, r.actorRoles, r.townCode, r.action, r.entityType, r.entityId,
                r.before, r.after, r.requestId);
    }
}
