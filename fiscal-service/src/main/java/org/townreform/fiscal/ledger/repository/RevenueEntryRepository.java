package org.townreform.fiscal.ledger.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.ledger.RevenueEntry;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RevenueEntryRepository implements PanacheRepository<RevenueEntry> {

    /** A month's total of a category for a town, as the database sums it. */
    public record MonthTotal(String townCode, int year, int month, RevenueCategory category, BigDecimal amount) {
    }

    public Uni<RevenueEntry> bySource(String sourceSystem, String externalRef) {
        return find("sourceSystem = ?1 and externalRef = ?2", sourceSystem, externalRef).firstResult();
    }

    /** Entry id → the entries reversing it (in id order), for the entries that are reversed. */
    public Uni<Map<Long, List<RevenueEntry>>> reversalsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("reversesId in ?1", Sort.ascending("id"), ids).map(rows -> {
            Map<Long, List<RevenueEntry>> m = new HashMap<>();
            rows.forEach(r -> m.computeIfAbsent(r.reversesId, k -> new ArrayList<>()).add(r));
            return m;
        });
    }

    /** A town's entries in id order after {@code afterId}, optionally of one year, month and category. */
    public Uni<List<RevenueEntry>> page(String townCode, Integer year, Integer month, RevenueCategory category,
            Long afterId, int limit) {
        List<String> where = new ArrayList<>(List.of("townCode = :town", "id > :after"));
        Map<String, Object> p = new HashMap<>(Map.of("town", townCode, "after", afterId == null ? 0L : afterId));
        if (year != null) {
            where.add("periodYear = :year");
            p.put("year", year);
        }
        if (month != null) {
            where.add("periodMonth = :month");
            p.put("month", month);
        }
        if (category != null) {
            where.add("category = :category");
            p.put("category", category);
        }
        return find(String.join(" and ", where), Sort.ascending("id"), p).page(0, limit).list();
    }

    /**
     * Month totals by town, month and category for the years {@code fromYear..toYear}, summed in SQL (one query however
     * many towns); with {@code bookedBy}, only entries booked on or before that day.
     */
    public Uni<List<MonthTotal>> monthTotals(Collection<String> towns, int fromYear, int toYear, LocalDate bookedBy) {
        if (towns.isEmpty() || fromYear > toYear) {
            return Uni.createFrom().item(List.of());
        }
        String hql = "select e.townCode, e.periodYear, e.periodMonth, e.category, sum(e.amount) from RevenueEntry e"
                + " where e.townCode in :towns and e.periodYear between :from and :to"
                + (bookedBy == null ? "" : " and e.entryDate <= :by")
                + " group by e.townCode, e.periodYear, e.periodMonth, e.category";
        return getSession().flatMap(s -> {
            var q = s.createSelectionQuery(hql, Object[].class)
                    .setParameter("towns", towns)
                    .setParameter("from", fromYear)
                    .setParameter("to", toYear);
            if (bookedBy != null) {
                q.setParameter("by", bookedBy);
            }
            return q.getResultList();
        }).map(rows -> rows.stream().map(r -> new MonthTotal((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), (RevenueCategory) r[3], (BigDecimal) r[4])).toList());
    }
}
