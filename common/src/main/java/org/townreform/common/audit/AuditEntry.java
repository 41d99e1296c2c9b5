package org.townreform.common.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit record as supervisors read it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, @Schema(example = "clerk-441900113") String actor,
        @Schema(example = "town-clerk") String actorRoles, @Schema(example = "441900113") String townCode,
        String action, String entityType, String entityId, String before, String after,
        @Schema(example = "0b6a3e8e-3f8e-4d5a-9f52-6d0c2c1a7e11") String requestId) {

    public static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.id, r.occurredAt, r.actor, r.actorRoles, r.townCode, r.action, r.entityType, r.entityId,
                r.before, r.after, r.requestId);
    }
}
