package org.townreform.personnel.town.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.town.Town;
import org.townreform.personnel.town.TownFilter;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TownRepository implements PanacheRepositoryBase<Town, String> {

    /** Towns in code order after {@code afterCode}, optionally only {@code onlyCode}. */
    public Uni<List<Town>> page(String afterCode, String onlyCode, int limit) {
        return page(afterCode, onlyCode, null, limit);
    }

    /** Towns in code order after {@code afterCode} that pass the filter, optionally only {@code onlyCode}. */
    public Uni<List<Town>> page(String afterCode, String onlyCode, TownFilter filter, int limit) {
        Map<String, Object> p = new HashMap<>();
        String where = where(onlyCode, filter, p) + " and code > :after";
        p.put("after", afterCode == null ? "" : afterCode);
        return find(where, Sort.ascending("code"), p).page(0, limit).list();
    }

    /** How many towns pass the filter (within {@code onlyCode} when given). */
    public Uni<Long> count(String onlyCode, TownFilter filter) {
        Map<String, Object> p = new HashMap<>();
        return count(where(onlyCode, filter, p), p);
    }

    /** Every town in code order (a county has dozens, not thousands), optionally only {@code onlyCode}. */
    public Uni<List<Town>> all(String onlyCode) {
        Map<String, Object> p = new HashMap<>();
        return find(where(onlyCode, null, p), Sort.ascending("code"), p).list();
    }

    private static String where(String onlyCode, TownFilter filter, Map<String, Object> p) {
        List<String> where = new ArrayList<>();
        where.add("1 = 1");
        if (onlyCode != null) {
            where.add("code = :only");
            p.put("only", onlyCode);
        }
        if (filter != null) {
            if (filter.county() != null && !filter.county().isBlank()) {
                where.add("county = :county");
                p.put("county", filter.county().trim());
            }
            if (filter.category() != null) {
                where.add("category = :category");
                p.put("category", filter.category());
            }
            if (filter.pilot() != null) {
                where.add("pilot = :pilot");
                p.put("pilot", filter.pilot());
            }
            if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
                where.add("name like :name escape '\\'");
                p.put("name", "%" + filter.nameContains().trim().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
            }
        }
        return String.join(" and ", where);
    }
}
