package org.townreform.personnel.assessment.service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.personnel.appointment.repository.PostHoldingRepository;
import org.townreform.personnel.assessment.Assessment;
import org.townreform.personnel.assessment.AssessmentConfirmation;
import org.townreform.personnel.assessment.AssessmentStatus;
import org.townreform.personnel.assessment.AssessmentView;
import org.townreform.personnel.assessment.ExcellentShare;
import org.townreform.personnel.assessment.Grade;
import org.townreform.personnel.assessment.NewAssessment;
import org.townreform.personnel.assessment.UnitAssessments;
import org.townreform.personnel.assessment.repository.AssessmentRepository;
import org.townreform.personnel.config.PersonnelConfig;
import org.townreform.personnel.person.Person;
import org.townreform.personnel.person.repository.PersonRepository;
import org.townreform.personnel.support.Text;
import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.UnitKind;
import org.townreform.personnel.unit.repository.OrgUnitRepository;
import org.townreform.personnel.unit.service.UnitService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * 年度考核 (SPEC §2.5). The EXCELLENT limit is checked whenever a grade becomes EXCELLENT, against the assessments of the
 * unit and year recorded so far counting the one being entered ("of those assessed" is counted as they are entered):
 * since the limit only grows as more people are assessed, the final set always keeps to it; a unit enters its other
 * grades first when an early EXCELLENT does not fit yet. The unit's row is locked meanwhile, so simultaneous entries
 * cannot both take the last EXCELLENT. A head of a dispatched agency (a leading post in it during the year) is graded in
 * two steps: the town proposes, the superior department confirms.
 */
@ApplicationScoped
public class AssessmentService {
    private final AssessmentRepository assessments;
    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final PostHoldingRepository posts;
    private final UnitService unitService;
    private final PersonnelConfig config;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;

    public AssessmentService(AssessmentRepository assessments, PersonRepository people, OrgUnitRepository units,
            PostHoldingRepository posts, UnitService unitService, PersonnelConfig config, Caller caller,
            AuditLog audit, BusinessClock clock) {
        this.assessments = assessments;
        this.people = people;
        this.units = units;
        this.posts = posts;
        this.unitService = unitService;
        this.config = config;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<AssessmentView> record(NewAssessment in) {
        LocalDate date = clock.actionDate(in.date());
        if (in.year() > clock.today().getYear()) {
            throw Problems.unprocessable("YEAR_IN_FUTURE", "Year " + in.year() + " has not begun: it cannot be assessed");
        }
        return unitService.requireLocked(in.unitId()).flatMap(unit -> people.findById(in.personId())
                .flatMap(person -> {
                    if (person == null) {
                        throw Problems.unprocessable("REFERENCE_NOT_FOUND",
                                "Person " + in.personId() + " does not exist");
                    }
                    if (!person.townCode.equals(unit.townCode)) {
                        throw Problems.unprocessable("TOWN_MISMATCH", "Person " + person.id + " is staff of town "
                                + person.townCode + ", unit " + unit.id + " belongs to town " + unit.townCode);
                    }
                    return assessments.of(person.id, in.year());
                })
                .flatMap(existing -> {
                    if (existing != null) {
                        throw Problems.conflict("ALREADY_ASSESSED", "Person " + in.personId() + " is already assessed for "
                                + in.year() + " (assessment " + existing.id + ")");
                    }
                    return assessments.ofUnitAndYear(unit.id, in.year());
                })
                .flatMap(sameYear -> {
                    if (in.grade() == Grade.EXCELLENT) {
                        checkExcellentShare(unit, in.year(), sameYear, sameYear.size() + 1);
                    }
                    return twoStep(unit, in.personId(), in.year());
                })
                .flatMap(twoStep -> {
                    Assessment a = new Assessment();
                    a.townCode = unit.townCode;
                    a.personId = in.personId();
                    a.unitId = unit.id;
                    a.year = in.year();
                    a.grade = in.grade();
                    a.status = twoStep ? AssessmentStatus.PROPOSED : AssessmentStatus.RECORDED;
                    a.proposedGrade = twoStep ? in.grade() : null;
                    a.confirmingDepartment = twoStep ? unit.superiorDepartment : null;
                    a.recordedOn = date;
                    a.recordedBy = caller.name();
                    a.comment = Text.trimToNull(in.comment());
                    a.createdAt = clock.now();
                    return assessments.persistAndFlush(a).flatMap(this::view)
                            .call(v -> audit.record(twoStep ? "ASSESSMENT_PROPOSED" : "ASSESSMENT_RECORDED",
                                    "Assessment", v.id(), v.townCode(), null, v));
                }));
    }

    /** The department confirms a proposed grade (or confirms another one, checked against the EXCELLENT limit). */
    @WithTransaction
    @RolesAllowed(Roles.DEPT_OFFICER)
    public Uni<AssessmentView> confirm(long id, AssessmentConfirmation in) {
        LocalDate date = clock.actionDate(in.date());
        return require(id).flatMap(a -> {
            if (a.status != AssessmentStatus.PROPOSED) {
                throw Problems.illegalTransition("Assessment", a.status, "confirm");
            }
            if (!caller.deptClaim().map(d -> d.equals(a.confirmingDepartment)).orElse(false)) {
                throw Problems.forbidden("DEPT_OUT_OF_SCOPE",
                        "Assessment " + id + " is confirmed by " + a.confirmingDepartment);
            }
            if (date.isBefore(a.recordedOn)) {
                throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                        "The grade was proposed on " + a.recordedOn + "; it cannot be confirmed on " + date);
            }
            Grade finalGrade = in.grade() == null ? a.proposedGrade : in.grade();
            Uni<Void> check = finalGrade == Grade.EXCELLENT && a.grade != Grade.EXCELLENT
                    ? units.lock(a.unitId).flatMap(unit -> assessments.ofUnitAndYear(a.unitId, a.year).invoke(
                            sameYear -> checkExcellentShare(unit, a.year,
                                    sameYear.stream().filter(x -> !x.id.equals(a.id)).toList(), sameYear.size())))
                            .replaceWithVoid()
                    : Uni.createFrom().voidItem();
            return check.flatMap(x -> {
                a.grade = finalGrade;
                a.status = AssessmentStatus.CONFIRMED;
                a.confirmedOn = date;
                a.confirmedBy = caller.name();
                a.confirmComment = Text.trimToNull(in.comment());
                return assessments.flush();
            }).flatMap(x -> view(a)).call(v -> audit.record("ASSESSMENT_CONFIRMED", "Assessment", id, a.townCode,
                    Map.of("status", "PROPOSED", "proposedGrade", a.proposedGrade.name()), v));
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<AssessmentView> get(long id) {
        return require(id).flatMap(this::view);
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<UnitAssessments> ofUnit(long unitId, Integer year) {
        int y = year == null ? clock.today().getYear() : year;
        return unitService.require(unitId).flatMap(u -> assessments.ofUnitAndYear(unitId, y))
                .flatMap(rows -> views(rows).map(vs -> {
                    int excellent = (int) rows.stream().filter(a -> a.grade == Grade.EXCELLENT).count();
                    return new UnitAssessments(unitId, y, rows.size(), excellent, ExcellentShare
                            .maxExcellent(rows.size(), config.excellentShare(), config.excellentMinimumAssessed()),
                            vs, null);
                }));
    }

    /** {@code others}: the unit's assessments of the year besides the one becoming EXCELLENT; {@code assessed}: all. */
    private void checkExcellentShare(OrgUnit unit, int year, List<Assessment> others, int assessed) {
        int excellentNow = (int) others.stream().filter(a -> a.grade == Grade.EXCELLENT).count();
        if (!ExcellentShare.roomForOneMore(excellentNow, assessed, config.excellentShare(),
                config.excellentMinimumAssessed())) {
            int max = ExcellentShare.maxExcellent(assessed, config.excellentShare(), config.excellentMinimumAssessed());
            throw Problems.conflict("EXCELLENT_SHARE_EXCEEDED", "Unit " + unit.id + " (" + unit.name + ") may grade "
                    + max + " of the " + assessed + " assessed for " + year + " EXCELLENT (share "
                    + config.excellentShare().toPlainString() + ", at least 1 from "
                    + config.excellentMinimumAssessed() + " assessed); " + excellentNow + " already are");
        }
    }

    /** Heads of dispatched agencies (a leading post in the unit during the year) are proposed, then confirmed. */
    private Uni<Boolean> twoStep(OrgUnit unit, long personId, int year) {
        if (unit.kind != UnitKind.DISPATCHED_AGENCY) {
            return Uni.createFrom().item(false);
        }
        return posts.ledDuring(personId, unit.id, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private Uni<Assessment> require(long id) {
        return assessments.findById(id).map(a -> {
            if (a == null) {
                throw Problems.notFound("Assessment", id);
            }
            caller.requireTown(a.townCode);
            return a;
        });
    }

    private Uni<AssessmentView> view(Assessment a) {
        return views(List.of(a)).map(v -> v.get(0));
    }

    private Uni<List<AssessmentView>> views(List<Assessment> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Long> personIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        rows.forEach(a -> {
            personIds.add(a.personId);
            unitIds.add(a.unitId);
        });
        return people.byIds(personIds).flatMap(ps -> units.byIds(unitIds).map(us -> {
            Map<Long, String> personNames = ps.stream().collect(Collectors.toMap(p -> p.id, (Person p) -> p.name));
            Map<Long, String> unitNames = us.stream().collect(Collectors.toMap(u -> u.id, (OrgUnit u) -> u.name));
            return rows.stream().map(a -> new AssessmentView(a.id, a.townCode, a.personId, personNames.get(a.personId),
                    a.unitId, unitNames.get(a.unitId), a.year, a.grade, a.proposedGrade, a.status,
                    a.confirmingDepartment, a.recordedOn, a.recordedBy, a.comment, a.confirmedOn, a.confirmedBy,
                    a.confirmComment, a.version)).toList();
        }));
    }
}
