package org.townreform.personnel.appointment.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.appointment.PostHolding;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PostHoldingRepository implements PanacheRepository<PostHolding> {

    public Uni<List<PostHolding>> openOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("personId in ?1 and endedOn is null", Sort.ascending("id"), personIds);
    }

    public Uni<Long> countOpenLeading(long unitId) {
        return count("unitId = ?1 and leadingPost = true and endedOn is null", unitId);
    }

    /** The unit's leading posts held on {@code day} or on some later day (open, or ended after the day). */
    public Uni<List<PostHolding>> leadingOfUnitFrom(long unitId, LocalDate day) {
        return list("unitId = ?1 and leadingPost = true and (endedOn is null or endedOn > ?2)", Sort.ascending("id"),
                unitId, day);
    }

    public Uni<List<PostHolding>> openOf(long personId) {
        return list("personId = ?1 and endedOn is null", Sort.ascending("id"), personId);
    }

    /** Leading posts of the towns held on {@code asOf}. */
    public Uni<List<PostHolding>> leadingHeldOn(Collection<String> townCodes, LocalDate asOf) {
        return list("townCode in ?1 and leadingPost = true and startedOn <= ?2 and (endedOn is null or endedOn > ?2)",
                Sort.ascending("startedOn", "id"), townCodes, asOf);
    }

    public Uni<Boolean> holdsLeading(long personId, long unitId, LocalDate day) {
        return count("personId = ?1 and unitId = ?2 and leadingPost = true and startedOn <= ?3 "
                + "and (endedOn is null or endedOn > ?3)", personId, unitId, day).map(n -> n > 0);
    }

    /** Whether the person held a leading post in the unit at some time between the two days (inclusive). */
    public Uni<Boolean> ledDuring(long personId, long unitId, LocalDate from, LocalDate to) {
        return count("personId = ?1 and unitId = ?2 and leadingPost = true and startedOn <= ?4 "
                + "and (endedOn is null or endedOn > ?3)", personId, unitId, from, to).map(n -> n > 0);
    }
}
