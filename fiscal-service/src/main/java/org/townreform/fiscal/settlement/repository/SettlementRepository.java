package org.townreform.fiscal.settlement.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.error.Problems;
import org.townreform.fiscal.settlement.Settlement;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SettlementRepository implements PanacheRepository<Settlement> {

    /** The settlement that closes the year, or null while the year is open. */
    public Uni<Settlement> settled(String townCode, int year) {
        return find("townCode = ?1 and year = ?2 and status = ?3", townCode, year, Settlement.SETTLED).firstResult();
    }

    /** Every settlement of a town's year, newest first. */
    public Uni<List<Settlement>> history(String townCode, int year) {
        return list("townCode = ?1 and year = ?2", Sort.descending("id"), townCode, year);
    }

    /** The settlements that close years of these towns in {@code fromYear..toYear}. */
    public Uni<List<Settlement>> settledIn(Collection<String> towns, int fromYear, int toYear) {
        if (towns.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("townCode in ?1 and year between ?2 and ?3 and status = ?4", towns, fromYear, toYear,
                Settlement.SETTLED);
    }

    /** Every settlement (settled or reopened) of years of these towns in {@code fromYear..toYear}. */
    public Uni<List<Settlement>> allIn(Collection<String> towns, int fromYear, int toYear) {
        if (towns.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("townCode in ?1 and year between ?2 and ?3", Sort.ascending("id"), towns, fromYear, toYear);
    }

    /** 409 {@code PERIOD_CLOSED} when the town's year is settled. */
    public Uni<Void> requireOpen(String townCode, int year, String what) {
        return settled(townCode, year).invoke(s -> {
            if (s != null) {
                throw Problems.conflict("PERIOD_CLOSED", "The year " + year + " of town " + townCode
                        + " is settled (决算 of " + s.settledOn + "): " + what + ". Reopen the year first.");
            }
        }).replaceWithVoid();
    }
}
