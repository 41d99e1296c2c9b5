package org.townreform.license.agreement.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.agreement.AgreementStatusChange;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AgreementStatusChangeRepository implements PanacheRepository<AgreementStatusChange> {
    public Uni<List<AgreementStatusChange>> ofAgreements(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("agreementId in ?1", Sort.ascending("effectiveDate", "id"), ids);
    }
}
