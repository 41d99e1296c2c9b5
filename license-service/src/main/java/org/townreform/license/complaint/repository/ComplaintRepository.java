package org.townreform.license.complaint.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.complaint.Complaint;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepository<Complaint> {
    public Uni<List<Complaint>> ofTown(String town, String status, Long afterId, int limit) {
        String q = "townCode = ?1 and id > ?2" + (status == null ? "" : " and status = ?3");
        var query = status == null
                ? find(q, Sort.ascending("id"), town, afterId == null ? 0L : afterId)
                : find(q, Sort.ascending("id"), town, afterId == null ? 0L : afterId, status);
        return query.page(0, limit).list();
    }
}
