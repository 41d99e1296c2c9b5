package org.townreform.personnel.appointment.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.appointment.AppointmentCase;
import org.townreform.personnel.appointment.AppointmentStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AppointmentCaseRepository implements PanacheRepository<AppointmentCase> {

    public Uni<List<AppointmentCase>> page(String townCode, AppointmentStatus status, Long afterId, int limit) {
        long after = afterId == null ? 0L : afterId;
        if (status == null) {
            return find("townCode = ?1 and id > ?2", Sort.ascending("id"), townCode, after).page(0, limit).list();
        }
        return find("townCode = ?1 and status = ?2 and id > ?3", Sort.ascending("id"), townCode, status, after)
                .page(0, limit).list();
    }

    /** Open cases of the towns (everything not EFFECTIVE or WITHDRAWN), for dashboards. */
    public Uni<List<AppointmentCase>> openOfTowns(Collection<String> townCodes) {
        return list("townCode in ?1 and status not in ?2", townCodes,
                List.of(AppointmentStatus.EFFECTIVE, AppointmentStatus.WITHDRAWN));
    }
}
