package org.townreform.personnel.person.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.person.Person;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    public Uni<Person> byResidentId(String residentId) {
        return find("residentId", residentId).firstResult();
    }

    public Uni<List<Person>> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", ids);
    }

    /** People of a town in id order after {@code afterId}; {@code pattern} matches the name, {@code residentId} exactly. */
    public Uni<List<Person>> page(String townCode, String pattern, String residentId, Long afterId, int limit) {
        StringBuilder where = new StringBuilder("townCode = :town and id > :after");
        Map<String, Object> p = new HashMap<>();
        p.put("town", townCode);
        p.put("after", afterId == null ? 0L : afterId);
        if (pattern != null) {
            where.append(" and lower(name) like :q escape '!'");
            p.put("q", pattern);
        }
        if (residentId != null) {
            where.append(" and residentId = :rid");
            p.put("rid", residentId);
        }
        return find(where.toString(), Sort.ascending("id"), p).page(0, limit).list();
    }
}
