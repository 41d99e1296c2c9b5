package org.townreform.personnel.adjustment.service;

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

import org.townreform.common.audit.AuditLog;
import org.townreform.common.calendar.CalendarService;
import org.townreform.common.error.Problems;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.time.WorkingDayCalendar;
import org.townreform.personnel.adjustment.AdjustmentRequest;
import org.townreform.personnel.adjustment.AdjustmentRequestView;
import org.townreform.personnel.adjustment.AdjustmentResolution;
import org.townreform.personnel.adjustment.AdjustmentRules;
import org.townreform.personnel.adjustment.AdjustmentStatus;
import org.townreform.personnel.adjustment.NewAdjustmentRequest;
import org.townreform.personnel.adjustment.repository.AdjustmentRequestRepository;
import org.townreform.personnel.config.PersonnelConfig;
import org.townreform.personnel.person.Person;
import org.townreform.personnel.person.repository.PersonRepository;
import org.townreform.personnel.support.Text;
import org.townreform.personnel.town.service.TownService;
import org.townreform.personnel.unit.ManagementMode;
import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.repository.OrgUnitRepository;
import org.townreform.personnel.unit.service.UnitService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * 书面调整意见 (SPEC §2.4): the town party committee (town-leader) writes to the department about the head of a DUAL unit;
 * the department (dept-officer) must act within {@code personnel.adjustment-response-months} calendar months, counted
 * per the Civil Code and moved to the next working day. Past that the request is overdue. The deadline is computed when
 * read, so it becomes final once its year's calendar is loaded.
 */
@ApplicationScoped
public class AdjustmentService {
    private final AdjustmentRequestRepository requests;
    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final UnitService unitService;
    private final TownService towns;
    private final CalendarService calendars;
    private final PersonnelConfig config;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;

    public AdjustmentService(AdjustmentRequestRepository requests, OrgUnitRepository units, PersonRepository people,
            UnitService unitService, TownService towns, CalendarService calendars, PersonnelConfig config,
            Caller caller, AuditLog audit, BusinessClock clock) {
        this.requests = requests;
        this.units = units;
        this.people = people;
        this.unitService = unitService;
        this.towns = towns;
        this.calendars = calendars;
        this.config = config;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    @RolesAllowed(Roles.TOWN_LEADER)
    public Uni<AdjustmentRequestView> create(NewAdjustmentRequest in) {
        LocalDate date = clock.actionDate(in.date());
        return unitService.require(in.unitId()).flatMap(unit -> {
            if (unit.managementMode != ManagementMode.DUAL) {
                throw Problems.unprocessable("NOT_DUAL_UNIT", "Unit " + unit.id + " (" + unit.name
                        + ") is not under dual management: written adjustment requests concern heads of DUAL units");
            }
            Uni<Void> personCheck = in.personId() == null
                    ? Uni.createFrom().voidItem()
                    : people.findById(in.personId()).invoke(p -> {
                        if (p == null) {
                            throw Problems.unprocessable("REFERENCE_NOT_FOUND",
                                    "Person " + in.personId() + " does not exist");
                        }
                        if (!p.townCode.equals(unit.townCode)) {
                            throw Problems.unprocessable("TOWN_MISMATCH",
                                    "Person " + p.id + " is not staff of town " + unit.townCode);
                        }
                    }).replaceWithVoid();
            return personCheck.flatMap(x -> {
                AdjustmentRequest r = new AdjustmentRequest();
                r.townCode = unit.townCode;
                r.unitId = unit.id;
                r.personId = in.personId();
                r.department = unit.superiorDepartment;
                r.requestText = in.text().trim();
                r.reference = Text.trimToNull(in.reference());
                r.sentOn = date;
                r.sentBy = caller.name();
                r.status = AdjustmentStatus.OPEN;
                r.createdAt = clock.now();
                return requests.persistAndFlush(r).flatMap(saved -> view(saved, clock.today()))
                        .call(v -> audit.record("ADJUSTMENT_REQUESTED", "AdjustmentRequest", v.id(), v.townCode(),
                                null, v));
            });
        });
    }

    @WithTransaction
    @RolesAllowed(Roles.DEPT_OFFICER)
    public Uni<AdjustmentRequestView> resolve(long id, AdjustmentResolution in) {
        LocalDate date = clock.actionDate(in.date());
        return require(id).flatMap(r -> {
            if (!caller.deptClaim().map(r.department::equals).orElse(false)) {
                throw Problems.forbidden("DEPT_OUT_OF_SCOPE",
                        "Adjustment request " + id + " is addressed to " + r.department);
            }
            if (r.status != AdjustmentStatus.OPEN) {
                throw Problems.illegalTransition("Adjustment request", r.status, "resolve");
            }
            if (date.isBefore(r.sentOn)) {
                throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                        "The request was sent on " + r.sentOn + "; it cannot be resolved on " + date);
            }
            r.status = AdjustmentStatus.RESOLVED;
            r.outcome = in.outcome();
            r.resolutionText = Text.trimToNull(in.text());
            r.resolvedOn = date;
            r.resolvedBy = caller.name();
            return requests.flush().flatMap(x -> view(r, clock.today()))
                    .call(v -> audit.record("ADJUSTMENT_RESOLVED", "AdjustmentRequest", id, r.townCode,
                            Map.of("status", "OPEN"), v));
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<AdjustmentRequestView> get(long id, LocalDate asOf) {
        return require(id).flatMap(r -> view(r, clock.asOf(asOf)));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<Page<AdjustmentRequestView>> list(String townCode, AdjustmentStatus status, LocalDate asOf,
            PageRequest page) {
        LocalDate day = clock.asOf(asOf);
        return towns.require(townCode)
                .flatMap(t -> requests.page(townCode, status, page.afterId(), page.fetchSize()))
                .flatMap(rows -> views(rows, day))
                .map(v -> Page.of(v, page.limit(), r -> String.valueOf(r.id())));
    }

    /** Open and overdue counts of the requests open on {@code asOf}, per town (the summaries show no request). */
    public record OpenCounts(int open, int overdue) {
        public static final OpenCounts NONE = new OpenCounts(0, 0);
    }

    /**
     * The requests open on {@code asOf} per town, counted, with how many are past their deadline (for dashboards, in
     * one or two queries: the requests, and the working-day calendar when it is not in memory).
     */
    public Uni<Map<String, OpenCounts>> openCountsOf(Collection<String> townCodes, LocalDate asOf) {
        int months = config.adjustmentResponseMonths();
        return requests.openOfTowns(townCodes, asOf).flatMap(rows -> rows.isEmpty()
                ? Uni.createFrom().item(Map.<String, OpenCounts>of())
                : calendars.calendar().map(cal -> {
                    Map<String, OpenCounts> out = new LinkedHashMap<>();
                    for (AdjustmentRequest r : rows) {
                        boolean overdue = AdjustmentRules.overdue(r.resolvedOn, cal.monthsAfter(r.sentOn, months).date(),
                                asOf);
                        OpenCounts c = out.getOrDefault(r.townCode, OpenCounts.NONE);
                        out.put(r.townCode, new OpenCounts(c.open() + 1, c.overdue() + (overdue ? 1 : 0)));
                    }
                    return out;
                }));
    }

    private Uni<AdjustmentRequest> require(long id) {
        return requests.findById(id).map(r -> {
            if (r == null) {
                throw Problems.notFound("Adjustment request", id);
            }
            caller.requireTown(r.townCode);
            return r;
        });
    }

    private Uni<AdjustmentRequestView> view(AdjustmentRequest r, LocalDate asOf) {
        return views(List.of(r), asOf).map(v -> v.get(0));
    }

    private Uni<List<AdjustmentRequestView>> views(List<AdjustmentRequest> rows, LocalDate asOf) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Long> unitIds = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        rows.forEach(r -> {
            unitIds.add(r.unitId);
            if (r.personId != null) {
                personIds.add(r.personId);
            }
        });
        int months = config.adjustmentResponseMonths();
        return calendars.calendar().flatMap(cal -> units.byIds(unitIds).flatMap(us -> people.byIds(personIds).map(ps -> {
            Map<Long, String> unitNames = us.stream().collect(Collectors.toMap(u -> u.id, (OrgUnit u) -> u.name));
            Map<Long, String> personNames = ps.stream().collect(Collectors.toMap(p -> p.id, (Person p) -> p.name));
            return rows.stream().map(r -> {
                WorkingDayCalendar.Deadline due = cal.monthsAfter(r.sentOn, months);
                return new AdjustmentRequestView(r.id, r.townCode, r.unitId, unitNames.get(r.unitId), r.personId,
                        r.personId == null ? null : personNames.get(r.personId), r.department, r.requestText,
                        r.reference, r.sentOn, r.sentBy, r.status, due.date(), due.provisional(),
                        AdjustmentRules.overdue(r.resolvedOn, due.date(), asOf),
                        AdjustmentRules.resolvedLate(r.resolvedOn, due.date()), r.outcome, r.resolutionText,
                        r.resolvedOn, r.resolvedBy, asOf, r.version);
            }).toList();
        })));
    }
}
