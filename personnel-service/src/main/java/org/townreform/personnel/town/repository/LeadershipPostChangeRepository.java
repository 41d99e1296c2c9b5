package org.townreform.personnel.town.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.personnel.town.LeadershipPostChange;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class LeadershipPostChangeRepository implements PanacheRepository<LeadershipPostChange> {

    public Uni<List<LeadershipPostChange>> forTowns(Collection<String> townCodes) {
        return list("townCode in ?1", Sort.ascending("effectiveDate", "id"), townCodes);
    }
}
