package org.townreform.personnel.town.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.town.Town;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TownRepository implements PanacheRepositoryBase<Town, String> {

    /** Towns in code order after {@code afterCode}, optionally only {@code onlyCode}. */
    public Uni<List<Town>> page(String afterCode, String onlyCode, int limit) {
        String where = "code > :after" + (onlyCode == null ? "" : " and code = :only");
        Map<String, Object> p = new HashMap<>();
        p.put("after", afterCode == null ? "" : afterCode);
        if (onlyCode != null) {
            p.put("only", onlyCode);
        }
        return find(where, Sort.ascending("code"), p).page(0, limit).list();
    }
}
