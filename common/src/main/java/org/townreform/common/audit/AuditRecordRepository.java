package org.townreform.common.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AuditRecordRepository implements PanacheRepository<AuditRecord> {

    /** Newest first, filtered by whichever of the criteria are given, after the id {@code beforeId} when given. */
    public Uni<List<AuditRecord>> search(String entityType, String entityId, String town, List<String> towns,
            Long beforeId, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (entityType != null) {
            where.add("entityType = :entityType");
            p.put("entityType", entityType);
        }
        if (entityId != null) {
            where.add("entityId = :entityId");
            p.put("entityId", entityId);
        }
        if (town != null) {
            where.add("townCode = :town");
            p.put("town", town);
        }
        if (towns != null) {
            where.add("townCode in :towns");
            p.put("towns", towns);
        }
        if (beforeId != null) {
            where.add("id < :beforeId");
            p.put("beforeId", beforeId);
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, Sort.descending("id"), p).page(0, limit).list();
    }
}
