package org.townreform.license.application.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.application.ApplicationTransition;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ApplicationTransitionRepository implements PanacheRepository<ApplicationTransition> {
    public Uni<List<ApplicationTransition>> ofApplications(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("applicationId in ?1", Sort.ascending("id"), ids);
    }
}
