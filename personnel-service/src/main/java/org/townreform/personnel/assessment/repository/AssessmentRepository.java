package org.townreform.personnel.assessment.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.assessment.Assessment;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepository<Assessment> {

    public Uni<List<Assessment>> ofUnitAndYear(long unitId, int year) {
        return list("unitId = ?1 and year = ?2", Sort.ascending("id"), unitId, year);
    }

    public Uni<Assessment> of(long personId, int year) {
        return find("personId = ?1 and year = ?2", personId, year).firstResult();
    }
}
