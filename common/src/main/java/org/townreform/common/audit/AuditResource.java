package org.townreform.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Roles;

import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/audit}: the append-only log of state changes, newest first, for supervisors. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only record of every state change (监督)")
public class AuditResource {
    private final AuditRecordRepository repository;
    private final CommonConfig config;

    public AuditResource(AuditRecordRepository repository, CommonConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "searchAudit", summary = "Audit records, newest first, filtered by entity and town")
    public Uni<Page<AuditEntry>> search(@QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("town") String town,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, config.paging());
        return repository.search(blankToNull(entityType), blankToNull(entityId), blankToNull(town), null,
                page.afterId(), page.fetchSize())
                .map(rows -> Page.of(rows, page.limit(), r -> String.valueOf(r.id)).map(AuditEntry::of));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
