package org.townreform.license.agreement.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.agreement.AgreementItem;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AgreementItemRepository implements PanacheRepository<AgreementItem> {
    public Uni<List<AgreementItem>> ofAgreements(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("agreementId in ?1", Sort.ascending("itemCode"), ids);
    }
}
