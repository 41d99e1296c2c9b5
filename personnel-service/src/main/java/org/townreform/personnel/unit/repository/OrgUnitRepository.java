package org.townreform.personnel.unit.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.UnitKind;
import org.townreform.personnel.unit.UnitStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepository<OrgUnit> {

    /** The unit, its row locked until the transaction ends (quota and leadership checks serialise on it). */
    public Uni<OrgUnit> lock(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Units of a town in id order after {@code afterId}, matching {@code pattern} in the name or any nameplate. */
    public Uni<List<OrgUnit>> page(String townCode, String pattern, UnitKind kind, UnitStatus status, Long afterId,
            int limit) {
        StringBuilder where = new StringBuilder("townCode = :town and id > :after");
        Map<String, Object> p = new HashMap<>();
        p.put("town", townCode);
        p.put("after", afterId == null ? 0L : afterId);
        if (pattern != null) {
            where.append(" and (lower(name) like :q escape '!' or lower(nameplates) like :q escape '!')");
            p.put("q", pattern);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            p.put("kind", kind);
        }
        if (status != null) {
            where.append(" and status = :status");
            p.put("status", status);
        }
        return find(where.toString(), Sort.ascending("id"), p).page(0, limit).list();
    }

    public Uni<List<OrgUnit>> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", ids);
    }

    public Uni<List<OrgUnit>> coLocatedWith(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("coLocatedWithId in ?1", Sort.ascending("id"), ids);
    }

    public Uni<Long> countActiveOffices(String townCode) {
        return count("townCode = ?1 and status = ?2 and kind in ?3", townCode, UnitStatus.ACTIVE,
                List.of(UnitKind.INTERNAL_OFFICE, UnitKind.BUREAU));
    }

    public Uni<Boolean> activeNameTaken(String townCode, String name, Long exceptId) {
        return count("townCode = ?1 and status = ?2 and name = ?3 and id <> ?4", townCode, UnitStatus.ACTIVE, name,
                exceptId == null ? -1L : exceptId).map(n -> n > 0);
    }

    public Uni<List<OrgUnit>> activeOfTowns(Collection<String> townCodes) {
        return list("townCode in ?1 and status = ?2", Sort.ascending("id"), townCodes, UnitStatus.ACTIVE);
    }

    public Uni<List<OrgUnit>> ofTowns(Collection<String> townCodes) {
        return list("townCode in ?1", Sort.ascending("id"), townCodes);
    }
}
