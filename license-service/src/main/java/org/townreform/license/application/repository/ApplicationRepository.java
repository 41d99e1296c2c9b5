package org.townreform.license.application.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.application.Application;
import org.townreform.license.application.ApplicationState;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepository<Application> {

    /**
     * A town's applications in id order after {@code afterId}, of the given states (all when null), of one department's
     * items when given; {@code limit} 0 means all.
     */
    public Uni<List<Application>> ofTown(String town, Collection<ApplicationState> states, String department,
            Long afterId, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        where.add("townCode = :town");
        p.put("town", town);
        where.add("id > :after");
        p.put("after", afterId == null ? 0L : afterId);
        if (states != null) {
            where.add("state in :states");
            p.put("states", states);
        }
        if (department != null) {
            where.add("itemCode in (select i.code from CatalogueItem i where i.department = :department)");
            p.put("department", department);
        }
        var q = find(String.join(" and ", where), Sort.ascending("id"), p);
        return limit > 0 ? q.page(0, limit).list() : q.list();
    }

    public Uni<Application> byNumber(String number) {
        return find("number", number).firstResult();
    }

    /** Open applications of a town for any of the items. */
    public Uni<List<Application>> openFor(String town, Collection<String> itemCodes) {
        if (itemCodes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("townCode = ?1 and itemCode in ?2 and state in ?3", Sort.ascending("id"), town, itemCodes,
                ApplicationState.OPEN);
    }

    public Uni<Long> nextNumber() {
        return Panache.getSession().flatMap(s -> s
                .createNativeQuery("select nextval('application_number_seq')", Long.class).getSingleResult());
    }
}
