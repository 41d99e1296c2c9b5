package org.townreform.fiscal.policy.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.fiscal.policy.PolicyVersion;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PolicyRepository implements PanacheRepository<PolicyVersion> {

    public Uni<List<PolicyVersion>> forTowns(Collection<String> towns) {
        if (towns.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("townCode in ?1", Sort.ascending("townCode", "versionNo"), towns);
    }

    public Uni<List<PolicyVersion>> page(String townCode, Long afterId, int limit) {
        return find("townCode = ?1 and id > ?2", Sort.ascending("id"), townCode, afterId == null ? 0L : afterId)
                .page(0, limit).list();
    }
}
