package org.townreform.personnel.staffing.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.personnel.person.Person;
import org.townreform.personnel.person.StaffType;
import org.townreform.personnel.person.repository.PersonRepository;
import org.townreform.personnel.staffing.NewRegistration;
import org.townreform.personnel.staffing.QuotaFigures;
import org.townreform.personnel.staffing.Registration;
import org.townreform.personnel.staffing.RegistrationEnd;
import org.townreform.personnel.staffing.RegistrationEndReason;
import org.townreform.personnel.staffing.RegistrationView;
import org.townreform.personnel.staffing.StaffingLine;
import org.townreform.personnel.staffing.StaffingRules;
import org.townreform.personnel.staffing.StaffingTotals;
import org.townreform.personnel.staffing.TownStaffing;
import org.townreform.personnel.staffing.repository.RegistrationRepository;
import org.townreform.personnel.support.Text;
import org.townreform.personnel.town.service.TownService;
import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.QuotaHistory;
import org.townreform.personnel.unit.UnitQuota;
import org.townreform.personnel.unit.repository.OrgUnitRepository;
import org.townreform.personnel.unit.repository.UnitQuotaRepository;
import org.townreform.personnel.unit.service.UnitService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * 编制实名制 (SPEC §2.3): registering people into quota slots and the staffing view. A registration locks its unit's row
 * before counting the occupied slots, so two simultaneous registrations cannot both take the last slot.
 */
@ApplicationScoped
public class StaffingService {
    private final RegistrationRepository registrations;
    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final UnitQuotaRepository quotaRows;
    private final UnitService unitService;
    private final TownService towns;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;

    public StaffingService(RegistrationRepository registrations, OrgUnitRepository units, PersonRepository people,
            UnitQuotaRepository quotaRows, UnitService unitService, TownService towns, Caller caller, AuditLog audit,
            BusinessClock clock) {
        this.registrations = registrations;
        this.units = units;
        this.people = people;
        this.quotaRows = quotaRows;
        this.unitService = unitService;
        this.towns = towns;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<RegistrationView> register(long unitId, NewRegistration in) {
        LocalDate date = clock.actionDate(in.date());
        return unitService.requireLocked(unitId).flatMap(unit -> {
            UnitService.requireActive(unit);
            UnitService.requireEstablished(unit, date);
            return people.findById(in.personId()).flatMap(person -> {
                if (person == null) {
                    throw Problems.unprocessable("REFERENCE_NOT_FOUND", "Person " + in.personId() + " does not exist");
                }
                if (!person.townCode.equals(unit.townCode)) {
                    throw Problems.unprocessable("TOWN_MISMATCH", "Person " + person.id + " is staff of town "
                            + person.townCode + ", unit " + unitId + " belongs to town " + unit.townCode);
                }
                return registrations.openOf(person.id).flatMap(open -> {
                    if (open != null) {
                        throw Problems.conflict("ALREADY_REGISTERED", "Person " + person.id
                                + " already occupies a slot (registration " + open.id + " in unit " + open.unitId
                                + "): one person, one slot");
                    }
                    return registrations.ofUnitFrom(unitId, date).flatMap(held -> quotaRows.ofUnits(List.of(unitId))
                            .invoke(rows -> StaffingRules.checkRoom(unit, person.staffType, date, held, 1,
                                    QuotaHistory.of(unit, rows).limit(person.staffType))));
                }).flatMap(checked -> {
                    Registration r = new Registration();
                    r.personId = person.id;
                    r.unitId = unitId;
                    r.townCode = unit.townCode;
                    r.slotType = person.staffType;
                    r.post = Text.trimToNull(in.post());
                    r.startedOn = date;
                    r.note = Text.trimToNull(in.note());
                    r.createdAt = clock.now();
                    return registrations.persistAndFlush(r).flatMap(this::view)
                            .call(v -> audit.record("REGISTERED", "Registration", v.id(), unit.townCode, null, v));
                });
            });
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<RegistrationView> end(long id, RegistrationEnd in) {
        LocalDate date = clock.actionDate(in.date());
        return require(id).flatMap(r -> {
            if (!r.open()) {
                throw Problems.illegalTransition("Registration " + id, "ENDED", "end");
            }
            if (date.isBefore(r.startedOn)) {
                throw Problems.unprocessable("DATE_BEFORE_START",
                        "Registration " + id + " started on " + r.startedOn + "; it cannot end on " + date);
            }
            return view(r).flatMap(before -> {
                r.endedOn = date;
                r.endReason = RegistrationEndReason.ENDED;
                r.endNote = Text.trimToNull(in.note());
                return registrations.flush().flatMap(x -> view(r))
                        .call(after -> audit.record("REGISTRATION_ENDED", "Registration", id, r.townCode, before,
                                after));
            });
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<RegistrationView> get(long id) {
        return require(id).flatMap(this::view);
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<Page<RegistrationView>> ofUnit(long unitId, boolean openOnly, PageRequest page) {
        return unitService.require(unitId)
                .flatMap(u -> registrations.ofUnit(unitId, openOnly, page.afterId(), page.fetchSize()))
                .flatMap(this::views)
                .map(v -> Page.of(v, page.limit(), r -> String.valueOf(r.id())));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<TownStaffing> townStaffing(String townCode, LocalDate asOf) {
        LocalDate day = clock.asOf(asOf);
        return towns.require(townCode).flatMap(t -> staffingOf(List.of(townCode), day)).map(m -> m.get(townCode));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<StaffingLine> unitStaffing(long unitId, LocalDate asOf) {
        LocalDate day = clock.asOf(asOf);
        return unitService.require(unitId).flatMap(u -> registrations
                .ofTownsActiveOn(List.of(u.townCode), day)
                .flatMap(regs -> quotaRows.ofUnits(List.of(unitId)).map(rows -> line(u,
                        QuotaHistory.of(u, rows).on(day), regs.stream().filter(r -> r.unitId.equals(u.id)).toList()))));
    }

    /**
     * Staffing of several towns in three queries, whatever their number (for dashboards): units in force on {@code asOf}
     * (set up on or before it, and active or merged/abolished after it) with the registrations active that day and the
     * quotas in force that day (a merger moves quotas on its date).
     */
    public Uni<Map<String, TownStaffing>> staffingOf(Collection<String> townCodes, LocalDate asOf) {
        if (townCodes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return units.ofTowns(townCodes).flatMap(all -> staffingOf(townCodes, asOf, all));
    }

    /** {@link #staffingOf(Collection, LocalDate)} with the towns' units (every status) already read. */
    public Uni<Map<String, TownStaffing>> staffingOf(Collection<String> townCodes, LocalDate asOf, List<OrgUnit> all) {
        if (townCodes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return registrations.ofTownsActiveOn(townCodes, asOf).flatMap(regs -> quotaRows.ofTowns(townCodes).map(quotas -> {
            Map<Long, List<Registration>> byUnit = regs.stream().collect(Collectors.groupingBy(r -> r.unitId));
            // grouped once, like the registrations: not the whole province's quota rows scanned for each unit
            Map<Long, List<UnitQuota>> quotasByUnit = quotas.stream().collect(Collectors.groupingBy(q -> q.unitId));
            Map<String, List<StaffingLine>> lines = new LinkedHashMap<>();
            townCodes.forEach(c -> lines.put(c, new ArrayList<>()));
            for (OrgUnit u : all) {
                if (u.inForceOn(asOf) || byUnit.containsKey(u.id)) {
                    lines.get(u.townCode).add(line(u, QuotaHistory.of(u, quotasByUnit.getOrDefault(u.id, List.of())).on(asOf),
                            byUnit.getOrDefault(u.id, List.of())));
                }
            }
            Map<String, TownStaffing> out = new LinkedHashMap<>();
            lines.forEach((code, ls) -> {
                StaffingTotals total = StaffingTotals.ZERO;
                for (StaffingLine l : ls) {
                    total = total.plus(l);
                }
                out.put(code, new TownStaffing(code, asOf, ls, total));
            });
            return out;
        }));
    }

    private static StaffingLine line(OrgUnit u, QuotaHistory.Quotas quotas, List<Registration> active) {
        int admin = (int) active.stream().filter(r -> r.slotType == StaffType.ADMINISTRATIVE).count();
        int inst = (int) active.stream().filter(r -> r.slotType == StaffType.INSTITUTION).count();
        int contract = (int) active.stream().filter(r -> r.slotType == StaffType.CONTRACT).count();
        QuotaFigures a = QuotaFigures.of(quotas.administrative(), admin);
        QuotaFigures i = QuotaFigures.of(quotas.institution(), inst);
        return new StaffingLine(u.id, u.name, u.kind, a, i, contract, a.plus(i));
    }

    private Uni<Registration> require(long id) {
        return registrations.findById(id).map(r -> {
            if (r == null) {
                throw Problems.notFound("Registration", id);
            }
            caller.requireTown(r.townCode);
            return r;
        });
    }

    public Uni<RegistrationView> view(Registration r) {
        return views(List.of(r)).map(v -> v.get(0));
    }

    public Uni<List<RegistrationView>> views(List<Registration> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Long> personIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        rows.forEach(r -> {
            personIds.add(r.personId);
            unitIds.add(r.unitId);
        });
        return people.byIds(personIds).flatMap(ps -> units.byIds(unitIds).map(us -> {
            Map<Long, String> personNames = ps.stream().collect(Collectors.toMap(p -> p.id, (Person p) -> p.name));
            Map<Long, String> unitNames = us.stream().collect(Collectors.toMap(u -> u.id, (OrgUnit u) -> u.name));
            return rows.stream().map(r -> new RegistrationView(r.id, r.personId, personNames.get(r.personId),
                    r.unitId, unitNames.get(r.unitId), r.townCode, r.slotType, r.post, r.startedOn, r.endedOn,
                    r.endReason, r.endNote, r.previousRegistrationId, r.note, r.version)).toList();
        }));
    }
}
