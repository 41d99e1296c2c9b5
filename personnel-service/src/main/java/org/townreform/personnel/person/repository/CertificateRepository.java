package org.townreform.personnel.person.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.person.EnforcementCertificate;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CertificateRepository implements PanacheRepository<EnforcementCertificate> {

    public Uni<List<EnforcementCertificate>> ofPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("personId in ?1", Sort.ascending("id"), personIds);
    }

    public Uni<List<EnforcementCertificate>> of(long personId, String department) {
        return list("personId = ?1 and department = ?2", Sort.ascending("validFrom", "id"), personId, department);
    }

    public Uni<Boolean> numberTaken(String department, String number) {
        return count("department = ?1 and number = ?2", department, number).map(n -> n > 0);
    }
}
