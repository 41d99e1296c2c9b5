package org.townreform.personnel.appointment.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.personnel.appointment.PostHolding;
import org.townreform.personnel.appointment.RotationDue;
import org.townreform.personnel.appointment.RotationRules;
import org.townreform.personnel.appointment.repository.PostHoldingRepository;
import org.townreform.personnel.config.PersonnelConfig;
import org.townreform.personnel.person.Person;
import org.townreform.personnel.person.repository.PersonRepository;
import org.townreform.personnel.town.service.TownService;
import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.repository.OrgUnitRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** 定期轮岗: leading posts held longer than {@code personnel.rotation-years} (default 5) on a day. */
@ApplicationScoped
public class RotationService {
    private final PostHoldingRepository posts;
    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final TownService towns;
    private final PersonnelConfig config;
    private final BusinessClock clock;

    public RotationService(PostHoldingRepository posts, PersonRepository people, OrgUnitRepository units,
            TownService towns, PersonnelConfig config, BusinessClock clock) {
        this.posts = posts;
        this.people = people;
        this.units = units;
        this.towns = towns;
        this.config = config;
        this.clock = clock;
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<List<RotationDue>> due(String townCode, LocalDate asOf) {
        LocalDate day = clock.asOf(asOf);
        return towns.require(townCode).flatMap(t -> dueOf(List.of(townCode), day)).map(m -> m.get(townCode));
    }

    /** How many are due per town (towns with none are absent): {@link #dueOf}'s count in one query. */
    public Uni<Map<String, Integer>> dueCountsOf(Collection<String> townCodes, LocalDate asOf) {
        return dueHoldings(townCodes, asOf).map(due -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            due.forEach(h -> out.merge(h.townCode, 1, Integer::sum));
            return out;
        });
    }

    /** The leading posts held on {@code asOf} in these towns whose holder is due for rotation. */
    private Uni<List<PostHolding>> dueHoldings(Collection<String> townCodes, LocalDate asOf) {
        int years = config.rotationYears();
        return posts.leadingHeldOn(townCodes, asOf)
                .map(held -> held.stream().filter(h -> RotationRules.due(h.startedOn, years, asOf)).toList());
    }

    /** For several towns in three queries, whatever their number; longest held first. */
    public Uni<Map<String, List<RotationDue>>> dueOf(Collection<String> townCodes, LocalDate asOf) {
        int years = config.rotationYears();
        return dueHoldings(townCodes, asOf).flatMap(due -> {
            Set<Long> personIds = new HashSet<>();
            Set<Long> unitIds = new HashSet<>();
            due.forEach(h -> {
                personIds.add(h.personId);
                unitIds.add(h.unitId);
            });
            return people.byIds(personIds).flatMap(ps -> units.byIds(unitIds).map(us -> {
                Map<Long, String> personNames = ps.stream().collect(Collectors.toMap(p -> p.id, (Person p) -> p.name));
                Map<Long, String> unitNames = us.stream().collect(Collectors.toMap(u -> u.id, (OrgUnit u) -> u.name));
                Map<String, List<RotationDue>> out = new LinkedHashMap<>();
                for (String code : townCodes) {
                    out.put(code, due.stream().filter(h -> h.townCode.equals(code))
                            .map(h -> new RotationDue(h.personId, personNames.get(h.personId), h.unitId,
                                    unitNames.get(h.unitId), h.postTitle, h.startedOn,
                                    RotationRules.dueSince(h.startedOn, years),
                                    RotationRules.yearsHeld(h.startedOn, asOf)))
                            .toList());
                }
                return out;
            }));
        });
    }
}
