package org.townreform.license.application.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.application.Forwarding;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ForwardingRepository implements PanacheRepository<Forwarding> {
    public Uni<List<Forwarding>> ofApplications(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("applicationId in ?1", ids);
    }
}
