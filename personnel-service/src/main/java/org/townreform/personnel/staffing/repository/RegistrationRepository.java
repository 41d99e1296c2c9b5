package org.townreform.personnel.staffing.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.staffing.Registration;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepository<Registration> {

    public Uni<Registration> openOf(long personId) {
        return find("personId = ?1 and endedOn is null", personId).firstResult();
    }

    public Uni<List<Registration>> openOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("personId in ?1 and endedOn is null", personIds);
    }

    public Uni<List<Registration>> openInUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("unitId in ?1 and endedOn is null", Sort.ascending("id"), unitIds);
    }

    /** The unit's registrations held on {@code day} or on some later day (open, or ended after the day). */
    public Uni<List<Registration>> ofUnitFrom(long unitId, LocalDate day) {
        return list("unitId = ?1 and (endedOn is null or endedOn > ?2)", Sort.ascending("id"), unitId, day);
    }

    /** Registrations of the towns that may be active on some day up to {@code asOf} (filtered further in memory). */
    public Uni<List<Registration>> ofTownsActiveOn(Collection<String> townCodes, LocalDate asOf) {
        return list("townCode in ?1 and startedOn <= ?2 and (endedOn is null or endedOn > ?2)", townCodes, asOf);
    }

    public Uni<List<Registration>> ofUnit(long unitId, boolean openOnly, Long afterId, int limit) {
        String where = "unitId = ?1 and id > ?2" + (openOnly ? " and endedOn is null" : "");
        return find(where, Sort.ascending("id"), unitId, afterId == null ? 0L : afterId).page(0, limit).list();
    }
}
