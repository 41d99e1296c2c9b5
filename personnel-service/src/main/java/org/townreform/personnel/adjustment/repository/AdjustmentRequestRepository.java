package org.townreform.personnel.adjustment.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.adjustment.AdjustmentRequest;
import org.townreform.personnel.adjustment.AdjustmentStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AdjustmentRequestRepository implements PanacheRepository<AdjustmentRequest> {

    public Uni<List<AdjustmentRequest>> page(String townCode, AdjustmentStatus status, Long afterId, int limit) {
        long after = afterId == null ? 0L : afterId;
        if (status == null) {
            return find("townCode = ?1 and id > ?2", Sort.ascending("id"), townCode, after).page(0, limit).list();
        }
        return find("townCode = ?1 and status = ?2 and id > ?3", Sort.ascending("id"), townCode, status, after)
                .page(0, limit).list();
    }

    /** Requests open on a day (sent by then, not resolved by then), for dashboards. */
    public Uni<List<AdjustmentRequest>> openOfTowns(Collection<String> townCodes, java.time.LocalDate asOf) {
        return list("townCode in ?1 and sentOn <= ?2 and (resolvedOn is null or resolvedOn > ?2)", townCodes, asOf);
    }
}
