package org.townreform.fiscal.statement.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.fiscal.statement.ReturnStatement;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<ReturnStatement> {

    /** The statements of these towns for {@code fromYear..toYear}, issued by {@code issuedBy} (null: all), in period order. */
    public Uni<List<ReturnStatement>> forTowns(Collection<String> towns, int fromYear, int toYear, LocalDate issuedBy) {
        if (towns.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return issuedBy == null
                ? list("townCode in ?1 and periodYear between ?2 and ?3", Sort.ascending("periodYear", "periodMonth"),
                        towns, fromYear, toYear)
                : list("townCode in ?1 and periodYear between ?2 and ?3 and issuedOn <= ?4",
                        Sort.ascending("periodYear", "periodMonth"), towns, fromYear, toYear, issuedBy);
    }

    /** The statement of one month, or null. */
    public Uni<ReturnStatement> of(String townCode, int year, int month) {
        return find("townCode = ?1 and periodYear = ?2 and periodMonth = ?3", townCode, year, month).firstResult();
    }
}
