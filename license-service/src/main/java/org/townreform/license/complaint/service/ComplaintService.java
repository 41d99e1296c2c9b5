package org.townreform.license.complaint.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.townreform.common.towns.TownRegistry;
import org.townreform.common.version.Versions;
import org.townreform.license.application.Application;
import org.townreform.license.application.service.ApplicationService;
import org.townreform.license.complaint.Complaint;
import org.townreform.license.complaint.ComplaintResolution;
import org.townreform.license.complaint.ComplaintView;
import org.townreform.license.complaint.NewComplaint;
import org.townreform.license.complaint.repository.ComplaintRepository;
import org.townreform.license.config.LicenseConfig;
import org.townreform.license.publicquery.service.PublicAccess;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * 效能投诉 (SPEC §4.5): recorded by the town's clerks or the supervisors (监察), or by an applicant with the application
 * number and verification code; resolved by the town's leadership or a supervisor with a handler and an outcome within
 * {@code license.complaint-working-days} working days.
 */
@ApplicationScoped
public class ComplaintService {
    private final ComplaintRepository complaints;
    private final ApplicationService applications;
    private final PublicAccess publicAccess;
    private final TownRegistry towns;
    private final CalendarService calendars;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final LicenseConfig config;

    public ComplaintService(ComplaintRepository complaints, ApplicationService applications, PublicAccess publicAccess,
            TownRegistry towns, CalendarService calendars, Caller caller, AuditLog audit, BusinessClock clock,
            LicenseConfig config) {
        this.complaints = complaints;
        this.applications = applications;
        this.publicAccess = publicAccess;
        this.towns = towns;
        this.calendars = calendars;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.SUPERVISOR})
    public Uni<ComplaintView> record(NewComplaint in) {
        if (in.applicationId() == null && in.townCode() == null) {
            throw Problems.invalid("townCode", "name the town (or the application complained about)");
        }
        if (in.applicationId() == null) {
            caller.requireTown(in.townCode());
        }
        return namedTownRecorded(in)
                .chain(() -> in.applicationId() == null
                        ? Uni.createFrom().<Application>nullItem()
                        : applications.require(in.applicationId()))
                .flatMap(a -> {
                    if (a != null) {
                        requireSameTown(a, in);
                    }
                    String town = a != null ? a.townCode : in.townCode();
                    caller.requireTown(town);
                    return create(town, a, in, "CLERK");
                });
    }

    /** By the applicant, without login, about their own application (a town named in the body must be its town). */
    @WithTransaction
    public Uni<ComplaintView> recordByCode(String number, String code, NewComplaint in) {
        return publicAccess.require(number, code)
                .call(a -> namedTownRecorded(in))
                .flatMap(a -> {
                    requireSameTown(a, in);
                    return create(a.townCode, a, in, "VERIFICATION_CODE");
                });
    }

    /**
     * A town the complaint names must be recorded in personnel-service (422 {@code UNKNOWN_TOWN}). A complaint about an
     * application takes the application's town, which was checked when the application was submitted.
     */
    private Uni<Void> namedTownRecorded(NewComplaint in) {
        return in.townCode() == null ? Uni.createFrom().voidItem() : towns.requireRecorded(in.townCode());
    }

    private static void requireSameTown(Application a, NewComplaint in) {
        if (in.townCode() != null && !a.townCode.equals(in.townCode())) {
            throw Problems.unprocessable("CONSTRAINT_VIOLATED",
                    "Application " + a.number + " belongs to town " + a.townCode + ", not " + in.townCode());
        }
    }

    private Uni<ComplaintView> create(String town, Application a, NewComplaint in, String channel) {
        LocalDate date = clock.actionDate(in.date());
        Complaint c = new Complaint();
        c.townCode = town;
        c.applicationId = a == null ? null : a.id;
        c.receivedOn = date;
        c.workingDays = config.complaintWorkingDays();
        c.channel = channel;
        c.subject = in.subject().trim();
        c.content = in.content().trim();
        c.contactPhone = in.contactPhone();
        c.status = "OPEN";
        c.recordedBy = caller.name();
        c.source = "API";
        c.recordedAt = clock.now();
        return complaints.persistAndFlush(c)
                .flatMap(x -> view(c, clock.today()))
                .call(v -> audit.record("COMPLAINT_RECORDED", "Complaint", c.id, town, null, v));
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_LEADER, Roles.SUPERVISOR})
    public Uni<ComplaintView> resolve(long id, String ifMatch, ComplaintResolution in) {
        LocalDate date = clock.actionDate(in.date());
        return require(id).flatMap(c -> {
            if (ifMatch != null || in.version() != null) {
                Versions.check("Complaint", id, Versions.expected(ifMatch, in.version()), c.version);
            }
            if (!"OPEN".equals(c.status)) {
                throw Problems.illegalTransition("Complaint", c.status, "resolve");
            }
            if (date.isBefore(c.receivedOn)) {
                throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                        "The complaint was received on " + c.receivedOn + ": it cannot be resolved before");
            }
            c.status = "RESOLVED";
            c.handler = in.handler().trim();
            c.outcome = in.outcome().trim();
            c.resolvedOn = date;
            return complaints.flush()
                    .flatMap(x -> view(c, clock.today()))
                    .call(v -> audit.record("COMPLAINT_RESOLVED", "Complaint", c.id, c.townCode,
                            Map.of("status", "OPEN"), v));
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.SUPERVISOR})
    public Uni<ComplaintView> get(long id, LocalDate asOf) {
        return require(id).flatMap(c -> view(c, clock.asOf(asOf)));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.SUPERVISOR})
    public Uni<Page<ComplaintView>> ofTown(String town, String status, LocalDate asOf, PageRequest page) {
        caller.requireTown(town);
        LocalDate day = clock.asOf(asOf);
        return complaints.ofTown(town, status, page.afterId(), page.fetchSize())
                .flatMap(rows -> calendars.calendar().map(cal -> {
                    List<ComplaintView> v = rows.stream().map(c -> view(c, cal, day)).toList();
                    return Page.of(v, page.limit(), x -> String.valueOf(x.id()));
                }));
    }

    private Uni<Complaint> require(long id) {
        return complaints.findById(id).map(c -> {
            if (c == null) {
                throw Problems.notFound("Complaint", id);
            }
            caller.requireTown(c.townCode);
            return c;
        });
    }

    private Uni<ComplaintView> view(Complaint c, LocalDate asOf) {
        return calendars.calendar().map(cal -> view(c, cal, asOf));
    }

    static ComplaintView view(Complaint c, WorkingDayCalendar cal, LocalDate asOf) {
        WorkingDayCalendar.Deadline due = cal.workingDaysAfter(c.receivedOn, c.workingDays);
        boolean overdue = "OPEN".equals(c.status)
                ? asOf.isAfter(due.date())
                : c.resolvedOn != null && c.resolvedOn.isAfter(due.date());
        return new ComplaintView(c.id, c.townCode, c.applicationId, c.receivedOn, c.channel, c.subject, c.content,
                c.status, due.date(), due.provisional(), overdue, c.handler, c.outcome, c.resolvedOn, asOf, c.version);
    }
}
