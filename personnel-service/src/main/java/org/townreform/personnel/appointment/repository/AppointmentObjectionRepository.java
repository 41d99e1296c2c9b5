package org.townreform.personnel.appointment.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.appointment.AppointmentObjection;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AppointmentObjectionRepository implements PanacheRepository<AppointmentObjection> {

    public Uni<List<AppointmentObjection>> ofCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("caseId in ?1", Sort.ascending("id"), caseIds);
    }
}
