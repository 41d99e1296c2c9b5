package org.townreform.license.evaluation.service;

import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.calendar.CalendarService;
import org.townreform.common.error.Problems;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.time.WorkingDayCalendar;
import org.townreform.common.version.Versions;
import org.townreform.license.application.Application;
import org.townreform.license.application.service.ApplicationService;
import org.townreform.license.config.LicenseConfig;
import org.townreform.license.evaluation.Evaluation;
import org.townreform.license.evaluation.EvaluationInput;
import org.townreform.license.evaluation.EvaluationView;
import org.townreform.license.evaluation.Rectification;
import org.townreform.license.evaluation.RectificationCompletion;
import org.townreform.license.evaluation.repository.EvaluationRepository;
import org.townreform.license.evaluation.repository.RectificationRepository;
import org.townreform.license.publicquery.service.PublicAccess;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * 好差评 (SPEC §4.5): once a case has ended its applicant rates it 1–5, once. The applicant has no account: either a clerk
 * records the rating on the applicant's behalf, or the applicant rates through the public address with the application
 * number and verification code. A rating of 1 or 2 opens a rectification with a deadline and a required callback.
 */
@ApplicationScoped
public class EvaluationService {
    public static final int LOW_RATING = 2;

    private final EvaluationRepository evaluations;
    private final RectificationRepository rectifications;
    private final ApplicationService applications;
    private final PublicAccess publicAccess;
    private final CalendarService calendars;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final LicenseConfig config;

    public EvaluationService(EvaluationRepository evaluations, RectificationRepository rectifications,
            ApplicationService applications, PublicAccess publicAccess, CalendarService calendars, Caller caller,
            AuditLog audit, BusinessClock clock, LicenseConfig config) {
        this.evaluations = evaluations;
        this.rectifications = rectifications;
        this.applications = applications;
        this.publicAccess = publicAccess;
        this.calendars = calendars;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<EvaluationView> recordByClerk(long applicationId, EvaluationInput in) {
        return applications.require(applicationId).flatMap(a -> evaluate(a, in, "CLERK"));
    }

    /** By the applicant, without login: a wrong code answers exactly like an unknown number. */
    @WithTransaction
    public Uni<EvaluationView> recordByCode(String number, String code, EvaluationInput in) {
        return publicAccess.require(number, code).flatMap(a -> evaluate(a, in, "VERIFICATION_CODE"));
    }

    private Uni<EvaluationView> evaluate(Application a, EvaluationInput in, String channel) {
        LocalDate date = clock.actionDate(in.date());
        if (a.state.open()) {
            throw Problems.conflict("CASE_NOT_ENDED",
                    "Application " + a.number + " is " + a.state + ": it can be rated once it has ended");
        }
        LocalDate ended = a.decidedOn != null ? a.decidedOn : a.endedOn;
        if (ended != null && date.isBefore(ended)) {
            throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                    "The rating cannot be dated before the case ended (" + ended + ")");
        }
        return evaluations.find("applicationId", a.id).firstResult().flatMap(existing -> {
            if (existing != null) {
                throw Problems.conflict("ALREADY_EVALUATED", "Application " + a.number + " was already rated on "
                        + existing.evaluatedOn + "; a case is rated once");
            }
            Evaluation e = new Evaluation();
            e.applicationId = a.id;
            e.townCode = a.townCode;
            e.rating = in.rating();
            e.comment = in.comment();
            e.evaluatedOn = date;
            e.channel = channel;
            e.recordedBy = caller.name();
            e.recordedAt = clock.now();
            return evaluations.persistAndFlush(e).flatMap(x -> {
                if (e.rating > LOW_RATING) {
                    return Uni.createFrom().item((Rectification) null);
                }
                Rectification r = new Rectification();
                r.evaluationId = e.id;
                r.applicationId = a.id;
                r.townCode = a.townCode;
                r.openedOn = date;
                r.workingDays = config.rectificationWorkingDays();
                r.status = "OPEN";
                return rectifications.persistAndFlush(r);
            }).flatMap(r -> view(e, a.number, r, clock.today()))
                    // a rectification is part of its evaluation: both events carry the evaluation's view
                    .call(v -> v.rectification() == null
                            ? Uni.createFrom().voidItem()
                            : audit.record("RECTIFICATION_OPENED", "Rectification", v.rectification().id(),
                                    a.townCode, null, v))
                    .call(v -> audit.record("EVALUATION_RECORDED", "Evaluation", e.id, a.townCode, null, v));
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.SUPERVISOR})
    public Uni<EvaluationView> rectification(long id, LocalDate asOf) {
        return requireRectification(id).flatMap(r -> viewOf(r, clock.asOf(asOf)));
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<EvaluationView> complete(long id, String ifMatch, RectificationCompletion in) {
        LocalDate date = clock.actionDate(in.date());
        LocalDate callback = clock.actionDate(in.callbackDate());
        return requireRectification(id).flatMap(r -> {
            if (ifMatch != null || in.version() != null) {
                Versions.check("Rectification", id, Versions.expected(ifMatch, in.version()), r.version);
            }
            if (!"OPEN".equals(r.status)) {
                throw Problems.illegalTransition("Rectification", r.status, "complete");
            }
            if (callback.isBefore(r.openedOn) || date.isBefore(r.openedOn)) {
                throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                        "The rectification was opened on " + r.openedOn + ": its callback and completion come after");
            }
            r.status = "COMPLETED";
            r.measures = in.measures().trim();
            r.callbackOn = callback;
            r.callbackNote = in.callbackNote().trim();
            r.applicantSatisfied = in.applicantSatisfied();
            r.completedOn = date;
            r.completedBy = caller.name();
            return rectifications.flush()
                    .flatMap(x -> viewOf(r, clock.today()))
                    .call(v -> audit.record("RECTIFICATION_COMPLETED", "Rectification", r.id, r.townCode,
                            Map.of("status", "OPEN"), v));
        });
    }

    private Uni<Rectification> requireRectification(long id) {
        return rectifications.findById(id).map(r -> {
            if (r == null) {
                throw Problems.notFound("Rectification", id);
            }
            caller.requireTown(r.townCode);
            return r;
        });
    }

    private Uni<EvaluationView> viewOf(Rectification r, LocalDate asOf) {
        return evaluations.findById(r.evaluationId).flatMap(e -> applications.require(e.applicationId)
                .flatMap(a -> view(e, a.number, r, asOf)));
    }

    private Uni<EvaluationView> view(Evaluation e, String number, Rectification r, LocalDate asOf) {
        return calendars.calendar().map(cal -> new EvaluationView(e.id, e.applicationId, number, e.townCode, e.rating,
                e.comment, e.evaluatedOn, e.channel, r == null ? null : rectificationView(r, cal, asOf)));
    }

    static EvaluationView.RectificationView rectificationView(Rectification r, WorkingDayCalendar cal, LocalDate asOf) {
        WorkingDayCalendar.Deadline due = cal.workingDaysAfter(r.openedOn, r.workingDays);
        boolean overdue = "OPEN".equals(r.status)
                ? asOf.isAfter(due.date())
                : r.completedOn != null && r.completedOn.isAfter(due.date());
        return new EvaluationView.RectificationView(r.id, r.status, r.openedOn, due.date(), due.provisional(), overdue,
                r.measures, r.callbackOn, r.callbackNote, r.applicantSatisfied, r.completedOn, r.version);
    }
}
