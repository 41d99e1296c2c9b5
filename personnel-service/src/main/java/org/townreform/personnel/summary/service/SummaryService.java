package org.townreform.personnel.summary.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.error.Problems;
import org.townreform.common.paging.TownBatches;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.personnel.adjustment.service.AdjustmentService;
import org.townreform.personnel.appointment.AppointmentCase;
import org.townreform.personnel.appointment.AppointmentStatus;
import org.townreform.personnel.appointment.repository.AppointmentCaseRepository;
import org.townreform.personnel.appointment.service.RotationService;
import org.townreform.personnel.staffing.TownStaffing;
import org.townreform.personnel.staffing.service.StaffingService;
import org.townreform.personnel.summary.PersonnelSummary;
import org.townreform.personnel.town.TownView;
import org.townreform.personnel.town.service.TownService;
import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.UnitKind;
import org.townreform.personnel.unit.UnitStatus;
import org.townreform.personnel.unit.repository.OrgUnitRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Dashboard summaries of many towns in one call: a fixed number of queries (each over all the towns asked), whatever their
 * number, so the gateway never fans out per town.
 */
@ApplicationScoped
public class SummaryService {
    public static final int MAX_TOWNS = TownBatches.MAX;

    private final TownService towns;
    private final StaffingService staffing;
    private final OrgUnitRepository units;
    private final AppointmentCaseRepository cases;
    private final RotationService rotation;
    private final AdjustmentService adjustments;
    private final Caller caller;
    private final BusinessClock clock;

    public SummaryService(TownService towns, StaffingService staffing, OrgUnitRepository units,
            AppointmentCaseRepository cases, RotationService rotation, AdjustmentService adjustments, Caller caller,
            BusinessClock clock) {
        this.towns = towns;
        this.staffing = staffing;
        this.units = units;
        this.cases = cases;
        this.rotation = rotation;
        this.adjustments = adjustments;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * One summary per town code, in the order asked ({@code null} for codes of no recorded town). A town user asking for
     * another town is refused (403 {@code TOWN_OUT_OF_SCOPE}).
     */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<List<PersonnelSummary>> summaries(List<String> townCodes, LocalDate asOf) {
        if (townCodes == null || townCodes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        admit(townCodes);
        LocalDate day = clock.asOf(asOf);
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(townCodes));
        return towns.getMany(codes, day).flatMap(townViews -> summarise(townCodes, townViews, day));
    }

    /**
     * The summaries of towns already resolved (the dashboard's {@code personnel} field under {@code towns}): the same
     * answer as {@link #summaries} for their codes on their {@code asOf}, without reading the towns again.
     */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<List<PersonnelSummary>> summariesOf(List<TownView> townViews, LocalDate asOf) {
        if (townViews.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> townCodes = townViews.stream().map(TownView::code).toList();
        admit(townCodes);
        return summarise(townCodes, townViews, clock.asOf(asOf));
    }

    /** At most {@link #MAX_TOWNS} towns, each in the caller's scope (403 {@code TOWN_OUT_OF_SCOPE} otherwise). */
    private void admit(List<String> townCodes) {
        if (townCodes.size() > MAX_TOWNS) {
            throw Problems.invalid("townCodes", "at most " + MAX_TOWNS + " towns at once");
        }
        townCodes.forEach(caller::requireTown);
    }

    /** One summary per code of {@code townCodes} (null where {@code townViews} has no town of that code). */
    private Uni<List<PersonnelSummary>> summarise(List<String> townCodes, List<TownView> townViews, LocalDate day) {
        List<String> known = townViews.stream().filter(t -> t != null).map(TownView::code).distinct().toList();
        if (known.isEmpty()) {
            return Uni.createFrom().item(townCodes.stream().map(c -> (PersonnelSummary) null).toList());
        }
        // Fixed queries whatever the number of towns: the towns' units once (staffing counts all of them, the unit
        // figures the active ones), active registrations, open cases, leading posts held, open adjustment requests.
        return units.ofTowns(known).flatMap(all -> staffing.staffingOf(known, day, all)
                .flatMap(staff -> cases.openOfTowns(known)
                        .flatMap(open -> rotation.dueCountsOf(known, day)
                                .flatMap(due -> adjustments.openCountsOf(known, day).map(adj -> {
                                    List<OrgUnit> active = all.stream().filter(u -> u.status == UnitStatus.ACTIVE)
                                            .toList();
                                    Map<String, PersonnelSummary> byCode = new java.util.HashMap<>();
                                    for (TownView t : townViews) {
                                        if (t != null) {
                                            byCode.put(t.code(), summary(t, day, staff.get(t.code()), active, open,
                                                    due.getOrDefault(t.code(), 0),
                                                    adj.getOrDefault(t.code(), AdjustmentService.OpenCounts.NONE)));
                                        }
                                    }
                                    return townCodes.stream().map(byCode::get).toList();
                                })))));
    }

    private static PersonnelSummary summary(TownView t, LocalDate day, TownStaffing staff, List<OrgUnit> active,
            List<AppointmentCase> open, int rotationDue, AdjustmentService.OpenCounts adjustmentRequests) {
        Map<UnitKind, Integer> kinds = new EnumMap<>(UnitKind.class);
        int unitCount = 0;
        int offices = 0;
        for (OrgUnit u : active) {
            if (u.townCode.equals(t.code())) {
                unitCount++;
                kinds.merge(u.kind, 1, Integer::sum);
                if (u.kind.countsAsOffice()) {
                    offices++;
                }
            }
        }
        Map<AppointmentStatus, Integer> statuses = new EnumMap<>(AppointmentStatus.class);
        for (AppointmentCase c : open) {
            if (c.townCode.equals(t.code())) {
                statuses.merge(c.status, 1, Integer::sum);
            }
        }
        int openCases = statuses.values().stream().mapToInt(Integer::intValue).sum();
        return new PersonnelSummary(t.code(), t.name(), day, staff.total(), unitCount,
                kinds.entrySet().stream().map(e -> new PersonnelSummary.KindCount(e.getKey(), e.getValue())).toList(),
                offices, t.maxInternalOffices(), t.leadershipPosts(), openCases,
                statuses.entrySet().stream().map(e -> new PersonnelSummary.StatusCount(e.getKey(), e.getValue()))
                        .toList(),
                statuses.getOrDefault(AppointmentStatus.PUBLIC_NOTICE, 0), rotationDue, adjustmentRequests.open(),
                adjustmentRequests.overdue());
    }
}
