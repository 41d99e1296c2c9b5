package org.townreform.fiscal.policy.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.fiscal.policy.PolicyRule;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PolicyRuleRepository implements PanacheRepository<PolicyRule> {

    public Uni<List<PolicyRule>> forPolicies(Collection<Long> policyIds) {
        if (policyIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("policyId in ?1", Sort.ascending("policyId", "position"), policyIds);
    }
}
