package org.townreform.personnel.unit.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.unit.UnitQuota;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class UnitQuotaRepository implements PanacheRepository<UnitQuota> {

    /** The dated quotas of the units (none for units that never took part in a merger). */
    public Uni<List<UnitQuota>> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("unitId in ?1", unitIds);
    }

    /** The dated quotas of every unit of the towns (one query, whatever the number of units). */
    public Uni<List<UnitQuota>> ofTowns(Collection<String> townCodes) {
        if (townCodes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("unitId in (select u.id from OrgUnit u where u.townCode in ?1)", townCodes);
    }
}
