package org.townreform.license.catalogue.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.catalogue.CatalogueItem;
import org.townreform.license.catalogue.ItemKind;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CatalogueItemRepository implements PanacheRepositoryBase<CatalogueItem, String> {

    public Uni<List<CatalogueItem>> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("code in ?1", codes);
    }

    /** Items in code order after {@code afterCode}, filtered by kind and department when given. */
    public Uni<List<CatalogueItem>> page(String afterCode, ItemKind kind, String department, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        where.add("code > :after");
        p.put("after", afterCode == null ? "" : afterCode);
        if (kind != null) {
            where.add("kind = :kind");
            p.put("kind", kind);
        }
        if (department != null) {
            where.add("department = :department");
            p.put("department", department);
        }
        return find(String.join(" and ", where), Sort.ascending("code"), p).page(0, limit).list();
    }
}
