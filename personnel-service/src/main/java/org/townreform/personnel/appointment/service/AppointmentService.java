package org.townreform.personnel.appointment.service;

import java.time.LocalDate;
import java.util.HashSet;
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
import org.townreform.personnel.appointment.AppointmentAction;
import org.townreform.personnel.appointment.AppointmentCase;
import org.townreform.personnel.appointment.AppointmentObjection;
import org.townreform.personnel.appointment.AppointmentStatus;
import org.townreform.personnel.appointment.AppointmentType;
import org.townreform.personnel.appointment.AppointmentView;
import org.townreform.personnel.appointment.AppointmentWorkflow;
import org.townreform.personnel.appointment.CaseStep;
import org.townreform.personnel.appointment.CoordinationInput;
import org.townreform.personnel.appointment.CoordinationOutcome;
import org.townreform.personnel.appointment.DecisionInput;
import org.townreform.personnel.appointment.NewAppointment;
import org.townreform.personnel.appointment.ObjectionInput;
import org.townreform.personnel.appointment.Opinion;
import org.townreform.personnel.appointment.OpinionInput;
import org.townreform.personnel.appointment.PostHolding;
import org.townreform.personnel.appointment.WithdrawalInput;
import org.townreform.personnel.appointment.repository.AppointmentCaseRepository;
import org.townreform.personnel.appointment.repository.AppointmentObjectionRepository;
import org.townreform.personnel.appointment.repository.PostHoldingRepository;
import org.townreform.personnel.config.PersonnelConfig;
import org.townreform.personnel.limits.Held;
import org.townreform.personnel.limits.Holdings;
import org.townreform.personnel.limits.Limit;
import org.townreform.personnel.person.Person;
import org.townreform.personnel.person.StaffType;
import org.townreform.personnel.person.repository.PersonRepository;
import org.townreform.personnel.staffing.Registration;
import org.townreform.personnel.staffing.RegistrationEndReason;
import org.townreform.personnel.staffing.StaffingRules;
import org.townreform.personnel.staffing.repository.RegistrationRepository;
import org.townreform.personnel.staffing.service.StaffingService;
import org.townreform.personnel.support.Text;
import org.townreform.personnel.town.service.TownService;
import org.townreform.personnel.unit.AppointingAuthority;
import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.QuotaHistory;
import org.townreform.personnel.unit.repository.OrgUnitRepository;
import org.townreform.personnel.unit.repository.UnitQuotaRepository;
import org.townreform.personnel.unit.service.UnitService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Appointments and removals (任免, SPEC §2.4). Who decides follows the unit's management mode: the town (town-leader) for
 * town units and DEVOLVED units, after consulting the superior department when there is one; the superior department
 * (dept-officer) for DUAL units, after consulting the town party committee (town-leader); nobody here for VERTICAL and
 * UNCHANGED units (403 {@code NOT_APPOINTING_AUTHORITY}). The steps follow {@link AppointmentWorkflow}; the effects
 * (posts held, leadership posts, registrations moved by a transfer) happen at EFFECTIVE, under a lock on the unit.
 */
@ApplicationScoped
public class AppointmentService {
    private final AppointmentCaseRepository cases;
    private final AppointmentObjectionRepository objections;
    private final PostHoldingRepository posts;
    private final UnitQuotaRepository quotaRows;
    private final RegistrationRepository registrations;
    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final UnitService unitService;
    private final StaffingService staffing;
    private final TownService towns;
    private final CalendarService calendars;
    private final PersonnelConfig config;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;

    public AppointmentService(AppointmentCaseRepository cases, AppointmentObjectionRepository objections,
            PostHoldingRepository posts, UnitQuotaRepository quotaRows, RegistrationRepository registrations,
            OrgUnitRepository units, PersonRepository people, UnitService unitService, StaffingService staffing,
            TownService towns, CalendarService calendars, PersonnelConfig config, Caller caller, AuditLog audit,
            BusinessClock clock) {
        this.cases = cases;
        this.objections = objections;
        this.posts = posts;
        this.quotaRows = quotaRows;
        this.registrations = registrations;
        this.units = units;
        this.people = people;
        this.unitService = unitService;
        this.staffing = staffing;
        this.towns = towns;
        this.calendars = calendars;
        this.config = config;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.DEPT_OFFICER, Roles.COUNTY_ORG})
    public Uni<AppointmentView> open(NewAppointment in) {
        LocalDate date = clock.actionDate(in.date());
        return unitService.require(in.unitId()).flatMap(unit -> {
            requireAppointingAuthority(unit);
            UnitService.requireActive(unit);
            return people.findById(in.personId()).flatMap(person -> {
                if (person == null) {
                    throw Problems.unprocessable("REFERENCE_NOT_FOUND", "Person " + in.personId() + " does not exist");
                }
                if (!person.townCode.equals(unit.townCode)) {
                    throw Problems.unprocessable("TOWN_MISMATCH", "Person " + person.id + " is staff of town "
                            + person.townCode + ", unit " + unit.id + " belongs to town " + unit.townCode);
                }
                AppointmentCase c = new AppointmentCase();
                c.townCode = unit.townCode;
                c.type = in.type();
                c.personId = person.id;
                c.unitId = unit.id;
                c.postTitle = in.postTitle().trim();
                c.leadingPost = in.leading();
                c.authority = unit.appointingAuthority();
                c.decidingDepartment = c.authority == AppointingAuthority.DEPARTMENT ? unit.superiorDepartment : null;
                c.consultedParty = c.authority == AppointingAuthority.DEPARTMENT
                        ? AppointmentCase.TOWN_PARTY_COMMITTEE
                        : unit.superiorDepartment;
                c.status = AppointmentStatus.DRAFT;
                c.reason = Text.trimToNull(in.reason());
                c.openedOn = date;
                c.openedBy = caller.name();
                c.lastActionOn = date;
                c.createdAt = clock.now();
                return cases.persistAndFlush(c).flatMap(this::view)
                        .call(v -> audit.record("APPOINTMENT_OPENED", "Appointment", v.id(), v.townCode(), null, v));
            });
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<AppointmentView> get(long id) {
        return require(id).flatMap(this::view);
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<Page<AppointmentView>> list(String townCode, AppointmentStatus status, PageRequest page) {
        return towns.require(townCode)
                .flatMap(t -> cases.page(townCode, status, page.afterId(), page.fetchSize()))
                .flatMap(this::views)
                .map(v -> Page.of(v, page.limit(), a -> String.valueOf(a.id())));
    }

    /** 征求意见: the deciding side sends the case to the consulted side. */
    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.DEPT_OFFICER})
    public Uni<AppointmentView> consult(long id, CaseStep in) {
        return require(id).flatMap(c -> {
            requireDecider(c, true);
            AppointmentStatus next = AppointmentWorkflow.next(c.facts(), AppointmentAction.CONSULT);
            LocalDate d = stepDate(c, in.date());
            c.consultedOn = d;
            return step(c, next, d, "APPOINTMENT_CONSULTATION_SENT");
        });
    }

    /** The consulted side's opinion: AGREE keeps the case in CONSULTATION (ready to decide), DISAGREE sends it to COORDINATION. */
    @WithTransaction
    @RolesAllowed({Roles.TOWN_LEADER, Roles.DEPT_OFFICER})
    public Uni<AppointmentView> opinion(long id, OpinionInput in) {
        return require(id).flatMap(c -> {
            requireConsulted(c);
            AppointmentStatus next = AppointmentWorkflow.next(c.facts(),
                    in.opinion() == Opinion.AGREE ? AppointmentAction.OPINION_AGREE : AppointmentAction.OPINION_DISAGREE);
            LocalDate d = stepDate(c, in.date());
            c.opinion = in.opinion();
            c.opinionText = in.text().trim();
            c.opinionOn = d;
            c.opinionBy = caller.name();
            return step(c, next, d, in.opinion() == Opinion.AGREE
                    ? "APPOINTMENT_OPINION_AGREED"
                    : "APPOINTMENT_OPINION_DISAGREED");
        });
    }

    /** 县委组织部协调: the county organisation department lets the case proceed or withdraws it. */
    @WithTransaction
    @RolesAllowed(Roles.COUNTY_ORG)
    public Uni<AppointmentView> coordinate(long id, CoordinationInput in) {
        return require(id).flatMap(c -> {
            AppointmentStatus next = AppointmentWorkflow.next(c.facts(),
                    in.outcome() == CoordinationOutcome.PROCEED
                            ? AppointmentAction.COORDINATE_PROCEED
                            : AppointmentAction.COORDINATE_WITHDRAW);
            LocalDate d = stepDate(c, in.date());
            c.coordinationOutcome = in.outcome();
            c.coordinationText = Text.trimToNull(in.text());
            c.coordinatedOn = d;
            c.coordinatedBy = caller.name();
            if (next == AppointmentStatus.WITHDRAWN) {
                c.withdrawnOn = d;
                c.withdrawnBy = caller.name();
                c.withdrawReason = "县委组织部协调: withdrawn" + (c.coordinationText == null ? "" : " — " + c.coordinationText);
            }
            return step(c, next, d, "APPOINTMENT_COORDINATED_" + in.outcome());
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_LEADER, Roles.DEPT_OFFICER})
    public Uni<AppointmentView> decide(long id, DecisionInput in) {
        return require(id).flatMap(c -> {
            requireDecider(c, false);
            AppointmentStatus next = AppointmentWorkflow.next(c.facts(), AppointmentAction.DECIDE);
            LocalDate d = stepDate(c, in.date());
            c.meetingReference = in.meetingReference().trim();
            c.decidedOn = d;
            c.decidedBy = caller.name();
            return step(c, next, d, "APPOINTMENT_DECIDED");
        });
    }

    /** 任前公示: starts on the day; runs {@code personnel.notice-working-days} working days (fixed on the case now). */
    @WithTransaction
    @RolesAllowed({Roles.TOWN_LEADER, Roles.DEPT_OFFICER})
    public Uni<AppointmentView> publishNotice(long id, CaseStep in) {
        return require(id).flatMap(c -> {
            requireDecider(c, false);
            AppointmentStatus next = AppointmentWorkflow.next(c.facts(), AppointmentAction.PUBLISH_NOTICE);
            LocalDate d = stepDate(c, in.date());
            c.noticeStartedOn = d;
            c.noticeWorkingDays = config.noticeWorkingDays();
            return step(c, next, d, "APPOINTMENT_NOTICE_PUBLISHED");
        });
    }

    /** Records an objection received while the notice runs; it does not stop the case (the decider may withdraw). */
    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.DEPT_OFFICER, Roles.COUNTY_ORG})
    public Uni<AppointmentView> recordObjection(long id, ObjectionInput in) {
        return require(id).flatMap(c -> {
            if (!caller.has(Roles.COUNTY_ORG)) {
                requireDecider(c, true);
            }
            if (c.status != AppointmentStatus.PUBLIC_NOTICE) {
                throw Problems.illegalTransition("Appointment case", c.status, "objections");
            }
            LocalDate d = clock.actionDate(in.date());
            if (d.isBefore(c.noticeStartedOn)) {
                throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                        "The notice started on " + c.noticeStartedOn + "; an objection cannot be dated " + d);
            }
            AppointmentObjection o = new AppointmentObjection();
            o.caseId = c.id;
            o.receivedOn = d;
            o.text = in.text().trim();
            o.recordedBy = caller.name();
            o.recordedAt = clock.now();
            return objections.persistAndFlush(o).flatMap(x -> view(c))
                    .call(v -> audit.record("APPOINTMENT_OBJECTION_RECORDED", "Appointment", c.id, c.townCode, null,
                            v));
        });
    }

    /**
     * 生效 on the day (not before the notice has run its full term: 409 {@code NOTICE_PERIOD_NOT_OVER}). A leading post
     * may not exceed the unit's leadership posts (409 {@code LEADERSHIP_POSTS_EXCEEDED}); a TRANSFER ends the person's
     * posts and moves their registration to the unit (409 {@code QUOTA_EXCEEDED} when no slot is left there); a REMOVE
     * ends the post named.
     */
    @WithTransaction
    @RolesAllowed({Roles.TOWN_LEADER, Roles.DEPT_OFFICER})
    public Uni<AppointmentView> makeEffective(long id, CaseStep in) {
        return require(id).flatMap(c -> {
            requireDecider(c, false);
            AppointmentStatus next = AppointmentWorkflow.next(c.facts(), AppointmentAction.MAKE_EFFECTIVE);
            LocalDate d = stepDate(c, in.date());
            return calendars.calendar().flatMap(cal -> {
                WorkingDayCalendar.Deadline end = cal.workingDaysAfter(c.noticeStartedOn, c.noticeWorkingDays);
                if (!d.isAfter(end.date())) {
                    throw Problems.conflict("NOTICE_PERIOD_NOT_OVER", "The pre-appointment notice runs "
                            + c.noticeWorkingDays + " working days, until " + end.date()
                            + "; the case may take effect from the next day, not on " + d);
                }
                return units.lock(c.unitId);
            }).flatMap(unit -> applyEffect(c, unit, d)).flatMap(x -> {
                c.effectiveOn = d;
                c.madeEffectiveBy = caller.name();
                return step(c, next, d, "APPOINTMENT_EFFECTIVE");
            });
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_LEADER, Roles.DEPT_OFFICER})
    public Uni<AppointmentView> withdraw(long id, WithdrawalInput in) {
        return require(id).flatMap(c -> {
            requireDecider(c, false);
            AppointmentStatus next = AppointmentWorkflow.next(c.facts(), AppointmentAction.WITHDRAW);
            LocalDate d = stepDate(c, in.date());
            c.withdrawnOn = d;
            c.withdrawnBy = caller.name();
            c.withdrawReason = in.reason().trim();
            return step(c, next, d, "APPOINTMENT_WITHDRAWN");
        });
    }

    private Uni<Void> applyEffect(AppointmentCase c, OrgUnit unit, LocalDate d) {
        return switch (c.type) {
            case REMOVE -> posts.openOf(c.personId).flatMap(held -> {
                List<PostHolding> matching = held.stream()
                        .filter(h -> h.unitId.equals(c.unitId) && h.postTitle.equals(c.postTitle)).toList();
                if (matching.isEmpty()) {
                    throw Problems.conflict("POST_NOT_HELD", "Person " + c.personId + " does not hold the post '"
                            + c.postTitle + "' in unit " + c.unitId + ": nothing to remove");
                }
                endHoldings(matching, c, d);
                return posts.flush();
            });
            case APPOINT, SECONDMENT -> {
                UnitService.requireActive(unit);
                UnitService.requireEstablished(unit, d);
                yield checkLeading(c, unit, d).flatMap(x -> newHolding(c, d));
            }
            case TRANSFER -> {
                UnitService.requireActive(unit);
                UnitService.requireEstablished(unit, d);
                yield posts.openOf(c.personId).flatMap(held -> {
                    endHoldings(held, c, d);
                    return posts.flush();
                }).flatMap(x -> checkLeading(c, unit, d)).flatMap(x -> newHolding(c, d))
                        .flatMap(x -> moveRegistration(c, unit, d));
            }
        };
    }

    private static void endHoldings(List<PostHolding> held, AppointmentCase c, LocalDate d) {
        for (PostHolding h : held) {
            h.endedOn = d.isBefore(h.startedOn) ? h.startedOn : d;
            h.endedByAppointmentId = c.id;
        }
    }

    /**
     * A leading post from {@code d} on must keep to the unit's leadership posts (领导职数) on that day and every later
     * one, counting the leading posts held then: removals effective later still hold the post until they take effect,
     * appointments effective on a later day hold it from then.
     */
    private Uni<Void> checkLeading(AppointmentCase c, OrgUnit unit, LocalDate d) {
        if (!c.leadingPost) {
            return Uni.createFrom().voidItem();
        }
        return posts.leadingOfUnitFrom(unit.id, d).flatMap(held -> quotaRows.ofUnits(List.of(unit.id)).invoke(rows -> {
            Limit limit = QuotaHistory.of(unit, rows).limit(QuotaHistory.Quotas::leadershipPosts);
            List<Held> spans = held.stream().map(h -> new Held(h.startedOn, h.endedOn)).toList();
            Holdings.firstExcess(d, spans, 1, limit).ifPresent(e -> {
                throw Problems.conflict("LEADERSHIP_POSTS_EXCEEDED", "Unit " + unit.id + " (" + unit.name + ") has "
                        + e.held() + " of its " + e.limit() + " leadership posts (领导职数) held on " + e.day()
                        + ": no post is free for an appointment effective on " + d);
            });
        })).replaceWithVoid();
    }

    private Uni<Void> newHolding(AppointmentCase c, LocalDate d) {
        PostHolding h = new PostHolding();
        h.personId = c.personId;
        h.unitId = c.unitId;
        h.townCode = c.townCode;
        h.postTitle = c.postTitle;
        h.leadingPost = c.leadingPost;
        h.secondment = c.type == AppointmentType.SECONDMENT;
        h.startedOn = d;
        h.appointmentId = c.id;
        h.createdAt = clock.now();
        return posts.persistAndFlush(h).replaceWithVoid();
    }

    private Uni<Void> moveRegistration(AppointmentCase c, OrgUnit unit, LocalDate d) {
        return registrations.openOf(c.personId).flatMap(reg -> {
            if (reg == null || reg.unitId.equals(unit.id)) {
                return Uni.createFrom().voidItem();
            }
            if (d.isBefore(reg.startedOn)) {
                throw Problems.unprocessable("DATE_BEFORE_REGISTRATION", "Registration " + reg.id + " started on "
                        + reg.startedOn + ", after the transfer date " + d);
            }
            Uni<Void> room = reg.slotType == StaffType.CONTRACT
                    ? Uni.createFrom().voidItem()
                    : registrations.ofUnitFrom(unit.id, d).flatMap(held -> quotaRows.ofUnits(List.of(unit.id))
                            .invoke(rows -> StaffingRules.checkRoom(unit, reg.slotType, d, held, 1,
                                    QuotaHistory.of(unit, rows).limit(reg.slotType))))
                            .replaceWithVoid();
            return room.flatMap(x -> {
                reg.endedOn = d;
                reg.endReason = RegistrationEndReason.TRANSFERRED;
                reg.endNote = "Appointment case " + c.id + " (" + c.type + ")";
                return registrations.flush();
            }).flatMap(x -> {
                Registration n = new Registration();
                n.personId = reg.personId;
                n.unitId = unit.id;
                n.townCode = unit.townCode;
                n.slotType = reg.slotType;
                n.post = c.postTitle;
                n.startedOn = d;
                n.previousRegistrationId = reg.id;
                n.createdAt = clock.now();
                return registrations.persistAndFlush(n).flatMap(staffing::view)
                        .call(v -> audit.record("REGISTRATION_MOVED", "Registration", v.id(), unit.townCode,
                                Map.of("registrationId", reg.id, "unitId", reg.unitId), v))
                        .replaceWithVoid();
            });
        });
    }

    private Uni<AppointmentView> step(AppointmentCase c, AppointmentStatus next, LocalDate d, String action) {
        AppointmentStatus before = c.status;
        c.status = next;
        c.lastActionOn = d;
        return cases.flush().flatMap(x -> view(c))
                .call(v -> audit.record(action, "Appointment", c.id, c.townCode,
                        Map.of("status", before.name()), v));
    }

    private LocalDate stepDate(AppointmentCase c, LocalDate given) {
        LocalDate d = clock.actionDate(given);
        if (d.isBefore(c.lastActionOn)) {
            throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                    "The previous step of case " + c.id + " is dated " + c.lastActionOn + "; this one cannot be " + d);
        }
        return d;
    }

    private Uni<AppointmentCase> require(long id) {
        return cases.findById(id).map(c -> {
            if (c == null) {
                throw Problems.notFound("Appointment", id);
            }
            caller.requireTown(c.townCode);
            return c;
        });
    }

    /** Opening a case: only the side that decides for this unit (403 {@code NOT_APPOINTING_AUTHORITY}). */
    private void requireAppointingAuthority(OrgUnit unit) {
        switch (unit.appointingAuthority()) {
            case NONE -> throw Problems.forbidden("NOT_APPOINTING_AUTHORITY", "Unit " + unit.id + " (" + unit.name
                    + ") is managed " + unit.managementMode + " by " + unit.superiorDepartment
                    + ": the department appoints its leaders; the town cannot open a case");
            case TOWN -> {
                if (!caller.hasAny(Roles.TOWN_CLERK, Roles.TOWN_LEADER)) {
                    throw Problems.forbidden("NOT_APPOINTING_AUTHORITY",
                            "Appointments to unit " + unit.id + " (" + unit.name + ") are made by the town");
                }
                caller.requireTown(unit.townCode);
            }
            case DEPARTMENT -> {
                if (!isOfficerOf(unit.superiorDepartment)) {
                    throw Problems.forbidden("NOT_APPOINTING_AUTHORITY", "Unit " + unit.id + " (" + unit.name
                            + ") is under dual management: " + unit.superiorDepartment
                            + " appoints, after consulting the town party committee");
                }
            }
        }
    }

    /** The deciding side: the town (town-leader; a clerk may draft and send for consultation) or the department. */
    private void requireDecider(AppointmentCase c, boolean clerkMayAct) {
        if (c.authority == AppointingAuthority.DEPARTMENT) {
            if (!isOfficerOf(c.decidingDepartment)) {
                throw Problems.forbidden("NOT_APPOINTING_AUTHORITY",
                        "Case " + c.id + " is decided by " + c.decidingDepartment);
            }
            return;
        }
        boolean ok = caller.has(Roles.TOWN_LEADER) || (clerkMayAct && caller.has(Roles.TOWN_CLERK));
        if (!ok) {
            throw Problems.forbidden("NOT_APPOINTING_AUTHORITY", "Case " + c.id + " is decided by the town of "
                    + c.townCode + " (town-leader" + (clerkMayAct ? " or town-clerk" : "") + ")");
        }
        caller.requireTown(c.townCode);
    }

    /** The consulted side: the superior department for town cases, the town party committee for department cases. */
    private void requireConsulted(AppointmentCase c) {
        boolean ok;
        if (c.authority == AppointingAuthority.DEPARTMENT) {
            ok = caller.has(Roles.TOWN_LEADER);
            if (ok) {
                caller.requireTown(c.townCode);
            }
        } else {
            ok = c.consultedParty != null && isOfficerOf(c.consultedParty);
        }
        if (!ok) {
            throw Problems.forbidden("NOT_CONSULTED_PARTY", "Case " + c.id + " is consulted with "
                    + (c.consultedParty == null
                            ? "nobody"
                            : c.consultedParty.equals(AppointmentCase.TOWN_PARTY_COMMITTEE)
                                    ? "the town party committee (town-leader of " + c.townCode + ")"
                                    : c.consultedParty));
        }
    }

    private boolean isOfficerOf(String department) {
        return department != null && caller.has(Roles.DEPT_OFFICER)
                && caller.deptClaim().map(department::equals).orElse(false);
    }

    public Uni<AppointmentView> view(AppointmentCase c) {
        return views(List.of(c)).map(v -> v.get(0));
    }

    public Uni<List<AppointmentView>> views(List<AppointmentCase> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Long> personIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        rows.forEach(c -> {
            personIds.add(c.personId);
            unitIds.add(c.unitId);
            ids.add(c.id);
        });
        return calendars.calendar().flatMap(cal -> people.byIds(personIds).flatMap(ps -> units.byIds(unitIds)
                .flatMap(us -> objections.ofCases(ids).map(obs -> {
                    Map<Long, String> personNames = ps.stream()
                            .collect(Collectors.toMap(p -> p.id, (Person p) -> p.name));
                    Map<Long, String> unitNames = us.stream()
                            .collect(Collectors.toMap(u -> u.id, (OrgUnit u) -> u.name));
                    Map<Long, List<AppointmentObjection>> obsBy = obs.stream()
                            .collect(Collectors.groupingBy(o -> o.caseId));
                    return rows.stream().map(c -> toView(c, personNames, unitNames,
                            obsBy.getOrDefault(c.id, List.of()), cal)).toList();
                }))));
    }

    private static AppointmentView toView(AppointmentCase c, Map<Long, String> personNames,
            Map<Long, String> unitNames, List<AppointmentObjection> obs, WorkingDayCalendar cal) {
        AppointmentView.Notice notice = null;
        if (c.noticeStartedOn != null) {
            WorkingDayCalendar.Deadline end = cal.workingDaysAfter(c.noticeStartedOn, c.noticeWorkingDays);
            notice = new AppointmentView.Notice(c.noticeStartedOn, c.noticeWorkingDays, end.date(), end.provisional(),
                    obs.stream().map(o -> new AppointmentView.Objection(o.id, o.receivedOn, o.text, o.recordedBy))
                            .toList());
        }
        return new AppointmentView(c.id, c.townCode, c.type, c.personId, personNames.get(c.personId), c.unitId,
                unitNames.get(c.unitId), c.postTitle, c.leadingPost, c.authority, c.decidingDepartment,
                c.consultedParty, c.status, c.reason, c.openedOn, c.openedBy, c.consultedOn, c.opinion, c.opinionText,
                c.opinionOn, c.opinionBy, c.coordinationOutcome, c.coordinationText, c.coordinatedOn, c.coordinatedBy,
                c.meetingReference, c.decidedOn, c.decidedBy, notice, c.effectiveOn, c.madeEffectiveBy, c.withdrawnOn,
                c.withdrawnBy, c.withdrawReason, AppointmentWorkflow.allowed(c.facts()), c.version);
    }
}
