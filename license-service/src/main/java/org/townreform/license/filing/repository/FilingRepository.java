package org.townreform.license.filing.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.filing.Filing;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class FilingRepository implements PanacheRepository<Filing> {
    public Uni<List<Filing>> ofApplications(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("applicationId in ?1", ids);
    }
}
