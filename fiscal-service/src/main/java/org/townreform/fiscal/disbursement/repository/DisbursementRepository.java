package org.townreform.fiscal.disbursement.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.fiscal.disbursement.Disbursement;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DisbursementRepository implements PanacheRepository<Disbursement> {

    /** Disbursed per town, period and earmark, summed in SQL. */
    public record DisbursedTotal(String townCode, int year, int month, String earmark, BigDecimal amount) {
    }

    public Uni<Disbursement> byVoucher(String townCode, String voucherNo) {
        return find("townCode = ?1 and voucherNo = ?2", townCode, voucherNo).firstResult();
    }

    public Uni<List<Disbursement>> page(String townCode, Integer year, Long afterId, int limit) {
        String where = "townCode = ?1 and id > ?2" + (year == null ? "" : " and periodYear = ?3");
        Object[] params = year == null
                ? new Object[]{townCode, afterId == null ? 0L : afterId}
                : new Object[]{townCode, afterId == null ? 0L : afterId, year};
        return find(where, Sort.ascending("id"), params).page(0, limit).list();
    }

    /** Totals for the towns' periods of {@code fromYear..toYear}; with {@code by}, only what was disbursed by then. */
    public Uni<List<DisbursedTotal>> totals(Collection<String> towns, int fromYear, int toYear, LocalDate by) {
        if (towns.isEmpty() || fromYear > toYear) {
            return Uni.createFrom().item(List.of());
        }
        String hql = "select d.townCode, d.periodYear, d.periodMonth, d.earmark, sum(d.amount) from Disbursement d"
                + " where d.townCode in :towns and d.periodYear between :from and :to"
                + (by == null ? "" : " and d.disbursedOn <= :by")
                + " group by d.townCode, d.periodYear, d.periodMonth, d.earmark";
        return getSession().flatMap(s -> {
            var q = s.createSelectionQuery(hql, Object[].class)
                    .setParameter("towns", towns)
                    .setParameter("from", fromYear)
                    .setParameter("to", toYear);
            if (by != null) {
                q.setParameter("by", by);
            }
            return q.getResultList();
        }).map(rows -> rows.stream().map(r -> new DisbursedTotal((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), (String) r[3], (BigDecimal) r[4])).toList());
    }
}
