package org.townreform.license.application.service;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
import org.townreform.common.towns.RegisteredTown;
import org.townreform.common.towns.TownRegistry;
import org.townreform.common.version.Versions;
import org.townreform.license.agreement.DelegationAgreement;
import org.townreform.license.agreement.repository.AgreementItemRepository;
import org.townreform.license.agreement.service.AgreementService;
import org.townreform.license.application.ActionInput;
import org.townreform.license.application.Application;
import org.townreform.license.application.ApplicationAction;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.ApplicationStateMachine;
import org.townreform.license.application.ApplicationTransition;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.application.CaseClock;
import org.townreform.license.application.DecisionInput;
import org.townreform.license.application.FilingInput;
import org.townreform.license.application.Forwarding;
import org.townreform.license.application.ForwardingAnswer;
import org.townreform.license.application.ForwardingStatus;
import org.townreform.license.application.Light;
import org.townreform.license.application.NewApplication;
import org.townreform.license.application.SupplementInput;
import org.townreform.license.application.SupplementRequest;
import org.townreform.license.application.repository.ApplicationRepository;
import org.townreform.license.application.repository.ApplicationTransitionRepository;
import org.townreform.license.application.repository.ForwardingRepository;
import org.townreform.license.catalogue.CatalogueItem;
import org.townreform.license.catalogue.ItemKind;
import org.townreform.license.catalogue.repository.CatalogueItemRepository;
import org.townreform.license.config.JsonText;
import org.townreform.license.config.LicenseConfig;
import org.townreform.license.filing.Filing;
import org.townreform.license.filing.FilingRules;
import org.townreform.license.filing.repository.FilingRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Applications through the workflow of SPEC §4.3: submission at the one-stop service centre, acceptance within the
 * art. 32 window, the one-time supplement notice, review, decision (by the authority of an ACTIVE agreement, with a
 * certified reviewer for enforcement items), filing with the department, and early ends (withdrawal, transfer).
 */
@ApplicationScoped
public class ApplicationService {
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ApplicationRepository apps;
    private final ApplicationTransitionRepository transitions;
    private final ForwardingRepository forwardings;
    private final FilingRepository filings;
    private final CatalogueItemRepository items;
    private final AgreementService agreements;
    private final AgreementItemRepository agreementItems;
    private final ApplicationViews views;
    private final ReviewerCheck reviewers;
    private final TownRegistry towns;
    private final CalendarService calendars;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final LicenseConfig config;

    public ApplicationService(ApplicationRepository apps, ApplicationTransitionRepository transitions,
            ForwardingRepository forwardings, FilingRepository filings, CatalogueItemRepository items,
            AgreementService agreements, AgreementItemRepository agreementItems, ApplicationViews views,
            ReviewerCheck reviewers, TownRegistry towns, CalendarService calendars, Caller caller, AuditLog audit,
            BusinessClock clock, LicenseConfig config) {
        this.apps = apps;
        this.transitions = transitions;
        this.forwardings = forwardings;
        this.filings = filings;
        this.items = items;
        this.agreements = agreements;
        this.agreementItems = agreementItems;
        this.views = views;
        this.reviewers = reviewers;
        this.towns = towns;
        this.calendars = calendars;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<ApplicationView> get(long id, LocalDate asOf) {
        return require(id).flatMap(a -> readable(a).flatMap(x -> views.one(a, clock.asOf(asOf))));
    }

    /**
     * A town's applications, optionally of one state and one light (lights are computed, so a light filter reads the
     * town's open cases and pages them in memory). A department officer sees only its department's items.
     */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<Page<ApplicationView>> ofTown(String town, ApplicationState state, Light light, LocalDate asOf,
            PageRequest page) {
        caller.requireTown(town);
        LocalDate day = clock.asOf(asOf);
        String department = departmentFilter();
        if (light == null) {
            return apps.ofTown(town, state == null ? null : List.of(state), department, page.afterId(), page.fetchSize())
                    .flatMap(rows -> views.many(rows, day))
                    .map(v -> Page.of(v, page.limit(), x -> String.valueOf(x.id())));
        }
        List<ApplicationState> states = state == null
                ? List.copyOf(ApplicationState.OPEN)
                : ApplicationState.OPEN.contains(state) ? List.of(state) : List.of();
        if (states.isEmpty()) {
            return Uni.createFrom().item(new Page<>(List.of(), null));
        }
        return apps.ofTown(town, states, department, page.afterId(), 0)
                .flatMap(rows -> views.many(rows, day))
                .map(all -> {
                    List<ApplicationView> lit = all.stream()
                            .filter(v -> v.clock() != null && v.clock().light() == light).toList();
                    List<ApplicationView> fetched = lit.size() > page.fetchSize()
                            ? lit.subList(0, page.fetchSize())
                            : lit;
                    return Page.of(fetched, page.limit(), x -> String.valueOf(x.id()));
                });
    }

    /** Open applications of the agreement's town for the agreement's items: to be transferred when it is suspended or revoked. */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.SUPERVISOR})
    public Uni<List<ApplicationView>> openOfAgreement(long agreementId, LocalDate asOf) {
        return agreements.require(agreementId).flatMap(a -> agreementItems.ofAgreements(List.of(a.id))
                .flatMap(rows -> apps.openFor(a.townCode, rows.stream().map(r -> r.itemCode).toList()))
                .flatMap(rows -> views.many(rows, clock.asOf(asOf))));
    }

    // ---------------------------------------------------------------------------------------------------- submission

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<ApplicationView> submit(NewApplication in) {
        caller.requireTown(in.townCode());
        LocalDate date = clock.actionDate(in.date());
        String idNumber = applicantId(in.applicant());
        return towns.recorded(in.townCode()).map(town -> registryName(town, in.townName()))
                .flatMap(townName -> items.findById(in.itemCode()).flatMap(item -> {
                    if (item == null) {
                        throw Problems.unprocessable("ITEM_UNKNOWN", "No catalogue item " + in.itemCode());
                    }
                    // 严禁超越权限: the centre takes in only what an ACTIVE agreement lets the town act on, on the day
                    return agreements.requireInForce(in.townCode(), item.code, date, "take in an application for")
                            .replaceWith(item);
                }).flatMap(item -> apps.nextNumber().flatMap(seq -> {
                    String code = verificationCode();
                    Application a = new Application();
                    a.number = in.townCode() + "-" + date.format(NUMBER_DAY) + "-" + String.format("%06d", seq);
                    a.verificationHash = VerificationCodes.hash(code);
                    a.townCode = in.townCode();
                    a.townName = townName;
                    a.itemCode = item.code;
                    a.applicantKind = in.applicant().kind();
                    a.applicantName = in.applicant().name().trim();
                    a.applicantIdNumber = idNumber;
                    a.applicantPhone = in.applicant().phone().trim();
                    a.channel = in.channel();
                    a.materials = JsonText.write(distinct(in.materials()));
                    a.state = ApplicationState.SUBMITTED;
                    a.submittedOn = date;
                    a.source = "API";
                    a.createdAt = clock.now();
                    return apps.persistAndFlush(a)
                            .flatMap(x -> step(a, "submit", null, date, null))
                            .flatMap(x -> views.one(a, clock.today()))
                            .call(v -> audit.record("APPLICATION_SUBMITTED", "Application", a.id, a.townCode, null,
                                    ApplicationViews.forEvent(v, a)))
                            .map(v -> v.withVerificationCode(code));
                })));
    }

    /**
     * The registry's name of the town: the application takes it, not the client's. A client that sends a name must send
     * that one (a differing name means the client has the wrong town or an outdated name), else 422.
     */
    private static String registryName(RegisteredTown town, String given) {
        if (given != null && !given.trim().equals(town.name())) {
            throw Problems.unprocessable("TOWN_NAME_MISMATCH", "Town " + town.code() + " is '" + town.name()
                    + "' in personnel-service's registry of towns, not '" + given.trim()
                    + "': leave townName out (the application takes the registry's name) or send that name");
        }
        return town.name();
    }

    private static String applicantId(NewApplication.ApplicantInput p) {
        switch (p.kind()) {
            case PERSON -> {
                if (p.residentId() == null || p.residentId().isBlank()) {
                    throw Problems.invalid("applicant.residentId", "is required for a person");
                }
                if (p.uscc() != null) {
                    throw Problems.invalid("applicant.uscc", "a person has no unified social credit code");
                }
                return p.residentId().trim().toUpperCase();
            }
            default -> {
                if (p.uscc() == null || p.uscc().isBlank()) {
                    throw Problems.invalid("applicant.uscc", "is required for an organisation");
                }
                if (p.residentId() != null) {
                    throw Problems.invalid("applicant.residentId", "an organisation has no resident ID number");
                }
                return p.uscc().trim();
            }
        }
    }

    static String verificationCode() {
        StringBuilder sb = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------- actions

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<ApplicationView> accept(long id, String ifMatch, ActionInput in) {
        ActionInput input = in == null ? ActionInput.EMPTY : in;
        return act(id, ApplicationAction.ACCEPT, ifMatch, input.version(), input.date(), ctx -> {
            CaseClock.Reading r = reading(ctx);
            Application a = ctx.app;
            return agreements.requireInForce(a.townCode, a.itemCode, ctx.date, "accept").map(agreement -> {
                a.agreementId = agreement.id;
                if (r.deemedAccepted()) {
                    // art. 32: not handled within the window, so accepted by law on the day of submission
                    a.acceptedOn = a.submittedOn;
                    a.deemedAccepted = true;
                    return "deemed accepted on " + a.submittedOn + " (acceptance window ended " + r.acceptanceDue()
                            + ")";
                }
                List<String> missing = missingOf(ctx);
                if (!missing.isEmpty()) {
                    throw Problems.unprocessable("MATERIALS_MISSING",
                            "Required materials are missing: " + String.join("、", missing)
                                    + ". Send the one-time supplement notice (request-supplement) instead");
                }
                a.acceptedOn = ctx.date;
                return input.reason();
            });
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<ApplicationView> reject(long id, String ifMatch, ActionInput in) {
        ActionInput input = in == null ? ActionInput.EMPTY : in;
        return act(id, ApplicationAction.REJECT, ifMatch, input.version(), input.date(), ctx -> {
            if (input.reason() == null || input.reason().isBlank()) {
                throw Problems.invalid("reason", "a refusal (不予受理) needs its reason");
            }
            refuseAfterWindow(ctx, "refuse");
            ctx.app.notAcceptedReason = input.reason().trim();
            ctx.app.endedOn = ctx.date;
            return Uni.createFrom().item(input.reason());
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<ApplicationView> requestSupplement(long id, String ifMatch, SupplementRequest in) {
        SupplementRequest input = in == null ? new SupplementRequest(null, null, null, null) : in;
        return act(id, ApplicationAction.REQUEST_SUPPLEMENT, ifMatch, input.version(), input.date(), ctx -> {
            if (ctx.app.state == ApplicationState.SUBMITTED) {
                refuseAfterWindow(ctx, "send a supplement notice to");
            }
            Set<String> missing = new LinkedHashSet<>(missingOf(ctx));
            if (input.alsoMissing() != null) {
                input.alsoMissing().forEach(m -> missing.add(m.trim()));
            }
            if (missing.isEmpty()) {
                throw Problems.unprocessable("NOTHING_TO_SUPPLEMENT",
                        "Every required material is there: name in alsoMissing what the applicant must bring");
            }
            ctx.app.supplementRequestedOn = ctx.date;
            ctx.app.supplementResumeState = ctx.app.state;
            ctx.app.supplementNotice = ApplicationViews.writeNotice(
                    new ApplicationViews.Notice(List.copyOf(missing), input.note()));
            return Uni.createFrom().item("missing: " + String.join("、", missing));
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<ApplicationView> supplement(long id, String ifMatch, SupplementInput in) {
        if (in == null) {
            throw Problems.invalid("materials", "name the materials handed in");
        }
        return act(id, ApplicationAction.SUPPLEMENT, ifMatch, in.version(), in.date(), ctx -> {
            Application a = ctx.app;
            List<String> all = new ArrayList<>(JsonText.strings(a.materials));
            all.addAll(in.materials());
            a.materials = JsonText.write(distinct(all));
            a.supplementedOn = ctx.date;
            String note = "handed in: " + String.join("、", in.materials());
            if (a.supplementResumeState != ApplicationState.SUBMITTED) {
                return Uni.createFrom().item(note);
            }
            // a notice before acceptance: the complete supplement is the acceptance, on its day (art. 32 (5))
            List<String> stillMissing = stillMissing(ctx);
            ctx.to = ApplicationStateMachine.afterSupplement(a.supplementResumeState, stillMissing.isEmpty());
            if (ctx.to != ApplicationState.ACCEPTED) {
                return Uni.createFrom().item(note + "; still missing: " + String.join("、", stillMissing)
                        + " (accept or refuse within " + config.acceptanceWorkingDays() + " working days)");
            }
            return agreements.requireInForce(a.townCode, a.itemCode, ctx.date, "accept").map(agreement -> {
                a.agreementId = agreement.id;
                a.acceptedOn = ctx.date;
                return note + "; accepted on " + ctx.date + ": everything the notice asked for is in (art. 32 (5))";
            });
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<ApplicationView> startReview(long id, String ifMatch, ActionInput in) {
        ActionInput input = in == null ? ActionInput.EMPTY : in;
        return act(id, ApplicationAction.START_REVIEW, ifMatch, input.version(), input.date(),
                ctx -> Uni.createFrom().item(input.reason()));
    }

    @WithTransaction
    @RolesAllowed(Roles.TOWN_LEADER)
    public Uni<ApplicationView> approve(long id, String ifMatch, DecisionInput in) {
        return decide(id, ApplicationAction.APPROVE, ifMatch, in);
    }

    @WithTransaction
    @RolesAllowed(Roles.TOWN_LEADER)
    public Uni<ApplicationView> deny(long id, String ifMatch, DecisionInput in) {
        return decide(id, ApplicationAction.DENY, ifMatch, in);
    }

    private Uni<ApplicationView> decide(long id, ApplicationAction action, String ifMatch, DecisionInput in) {
        DecisionInput input = in == null ? new DecisionInput(null, null, null, null, null) : in;
        return act(id, action, ifMatch, input.version(), input.date(), ctx -> {
            Application a = ctx.app;
            if (action == ApplicationAction.DENY && (input.reason() == null || input.reason().isBlank())) {
                throw Problems.invalid("reason", "a denial needs its reason");
            }
            return agreements.requireInForce(a.townCode, a.itemCode, ctx.date, action.path())
                    .flatMap(agreement -> reviewer(ctx, input).map(certificate -> {
                        record(a, agreement, action, ctx.date, input, certificate);
                        return input.reason();
                    }))
                    .call(note -> ctx.item.kind == ItemKind.PRE_REVIEW && action == ApplicationAction.APPROVE
                            ? forward(ctx)
                            : Uni.createFrom().voidItem());
        });
    }

    private Uni<String> reviewer(Ctx ctx, DecisionInput input) {
        if (ctx.item.kind != ItemKind.ENFORCEMENT) {
            return Uni.createFrom().item((String) null);
        }
        return reviewers.requireCertified(input.reviewerId(), ctx.item.department, ctx.date);
    }

    private static void record(Application a, DelegationAgreement agreement, ApplicationAction action, LocalDate date,
            DecisionInput input, String certificate) {
        a.agreementId = agreement.id;
        a.decidedOn = date;
        a.decisionOutcome = action == ApplicationAction.APPROVE ? ApplicationState.APPROVED : ApplicationState.DENIED;
        a.decisionReason = input.reason() == null ? null : input.reason().trim();
        a.decisionNumber = input.decisionNumber() != null && !input.decisionNumber().isBlank()
                ? input.decisionNumber().trim()
                : "决字〔" + date.getYear() + "〕" + a.id + "号";
        a.issuedInNameOf = AgreementService.issuesInNameOf(agreement);
        a.sealName = agreement.sealName;
        a.reviewerId = certificate == null ? null : input.reviewerId();
        a.reviewerCertificate = certificate;
    }

    /** 见文行文: an approved PRE_REVIEW case goes to the department; audited with the application's view after it. */
    private Uni<Void> forward(Ctx ctx) {
        Application a = ctx.app;
        Forwarding f = new Forwarding();
        f.applicationId = a.id;
        f.department = ctx.item.department;
        f.forwardedOn = ctx.date;
        f.status = ForwardingStatus.PENDING;
        ctx.partAudits.add(v -> audit.record("FORWARDING_CREATED", "Forwarding", a.id, a.townCode, null, v));
        return forwardings.persist(f).replaceWithVoid();
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.DEPT_OFFICER})
    public Uni<ApplicationView> file(long id, String ifMatch, FilingInput in) {
        if (in == null) {
            throw Problems.invalid("receiptNumber", "the department's receipt number is required");
        }
        return act(id, ApplicationAction.FILE, ifMatch, in.version(), in.receivedOn(), ctx -> {
            Application a = ctx.app;
            if (ctx.date.isBefore(a.decidedOn)) {
                throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                        "A filing cannot be received (" + ctx.date + ") before the decision (" + a.decidedOn + ")");
            }
            return calendars.calendar().flatMap(cal -> {
                LocalDate due = FilingRules.due(a.decidedOn, config.filingMonths(), cal).date();
                Filing f = new Filing();
                f.applicationId = a.id;
                f.department = ctx.item.department;
                f.receiptNumber = in.receiptNumber().trim();
                f.receivedOn = ctx.date;
                f.dueOn = due;
                f.late = FilingRules.late(due, ctx.date);
                f.recordedBy = caller.name();
                f.recordedAt = clock.now();
                return filings.persist(f).map(x -> "receipt " + f.receiptNumber + (f.late ? " (late)" : ""));
            });
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER})
    public Uni<ApplicationView> withdraw(long id, String ifMatch, ActionInput in) {
        ActionInput input = in == null ? ActionInput.EMPTY : in;
        return act(id, ApplicationAction.WITHDRAW, ifMatch, input.version(), input.date(), ctx -> {
            ctx.app.endedOn = ctx.date;
            ctx.app.endReason = input.reason();
            return Uni.createFrom().item(input.reason());
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.DEPT_OFFICER})
    public Uni<ApplicationView> transfer(long id, String ifMatch, ActionInput in) {
        ActionInput input = in == null ? ActionInput.EMPTY : in;
        return act(id, ApplicationAction.TRANSFER, ifMatch, input.version(), input.date(), ctx -> {
            ctx.app.endedOn = ctx.date;
            ctx.app.endReason = input.reason();
            ctx.app.transferredTo = input.transferTo() != null && !input.transferTo().isBlank()
                    ? input.transferTo().trim()
                    : ctx.item.department;
            return Uni.createFrom().item("to " + ctx.app.transferredTo
                    + (input.reason() == null ? "" : ": " + input.reason()));
        });
    }

    /** The department's answer to a forwarded pre-review approval (见文行文): forwarded on, or returned. */
    @WithTransaction
    @RolesAllowed(Roles.DEPT_OFFICER)
    public Uni<ApplicationView> answerForwarding(long id, ForwardingAnswer in) {
        LocalDate date = clock.actionDate(in.date());
        if (in.outcome() == ForwardingStatus.PENDING) {
            throw Problems.invalid("outcome", "must be FORWARDED or RETURNED");
        }
        return require(id).flatMap(a -> items.findById(a.itemCode).flatMap(item -> {
            requireOwnDepartment(item.department);
            return forwardings.find("applicationId", a.id).firstResult().flatMap(f -> {
                if (f == null) {
                    throw Problems.conflict("NO_FORWARDING",
                            "Application " + a.number + " has no forwarding record (only approved PRE_REVIEW items do)");
                }
                if (f.status != ForwardingStatus.PENDING) {
                    throw Problems.illegalTransition("Forwarding", f.status, "answer");
                }
                if (date.isBefore(f.forwardedOn)) {
                    throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP",
                            "The answer cannot be dated before the forwarding (" + f.forwardedOn + ")");
                }
                f.status = in.outcome();
                f.answeredOn = date;
                f.reference = in.reference();
                f.note = in.note();
                f.answeredBy = caller.name();
                return forwardings.flush()
                        .flatMap(x -> views.one(a, clock.today()))
                        .call(v -> audit.record("FORWARDING_" + in.outcome().name(), "Forwarding", f.id, a.townCode,
                                Map.of("status", "PENDING"), ApplicationViews.forEvent(v, a)));
            });
        }));
    }

    // ---------------------------------------------------------------------------------------------------- machinery

    /** What an action works on: the application, its item and the day the action took place. */
    private static final class Ctx {
        final Application app;
        final CatalogueItem item;
        final LocalDate date;
        final org.townreform.common.time.WorkingDayCalendar cal;
        /** The state the action leads to, from the state machine; an action's work may only narrow it there. */
        ApplicationState to;
        /**
         * Audits of parts of the application the work made (a forwarding), recorded before the action's own with the
         * application's view after the action: their events carry it as well.
         */
        final List<Function<ApplicationView, Uni<Void>>> partAudits = new ArrayList<>();

        Ctx(Application app, CatalogueItem item, LocalDate date, org.townreform.common.time.WorkingDayCalendar cal,
                ApplicationState to) {
            this.app = app;
            this.item = item;
            this.date = date;
            this.cal = cal;
            this.to = to;
        }
    }

    /**
     * Runs an action: checks the record exists and is in scope, the version when given, the transition, and the date
     * (never before the previous step); then lets {@code work} apply it, moves the state, records the step and the audit.
     */
    private Uni<ApplicationView> act(long id, ApplicationAction action, String ifMatch, Long version,
            LocalDate givenDate, Function<Ctx, Uni<String>> work) {
        LocalDate date = clock.actionDate(givenDate);
        return require(id).flatMap(a -> items.findById(a.itemCode).flatMap(item -> {
            if (caller.has(Roles.DEPT_OFFICER) && !caller.has(Roles.TOWN_CLERK) && !caller.has(Roles.TOWN_LEADER)) {
                requireOwnDepartment(item.department);
            }
            if (ifMatch != null || version != null) {
                Versions.check("Application", id, Versions.expected(ifMatch, version), a.version);
            }
            if (action == ApplicationAction.REQUEST_SUPPLEMENT && a.supplementRequestedOn != null) {
                throw Problems.conflict("SUPPLEMENT_ALREADY_REQUESTED", "The one-time supplement notice (一次性告知) for "
                        + a.number + " was sent on " + a.supplementRequestedOn + "; a second notice is not allowed");
            }
            ApplicationState from = a.state;
            ApplicationState to = ApplicationStateMachine.next(from, action, a.supplementResumeState);
            return lastStepDate(a).flatMap(last -> {
                if (last != null && date.isBefore(last)) {
                    throw Problems.unprocessable("DATE_BEFORE_PREVIOUS_STEP", "'" + action.path() + "' cannot be dated "
                            + date + ": the previous step of " + a.number + " took place on " + last);
                }
                return calendars.calendar();
            }).flatMap(cal -> views.one(a, date).flatMap(before -> {
                Ctx ctx = new Ctx(a, item, date, cal, to);
                return work.apply(ctx).flatMap(note -> {
                    a.state = ctx.to;
                    return apps.flush().flatMap(x -> step(a, action.path(), from, date, note));
                })
                        .flatMap(x -> views.one(a, clock.today()))
                        .call(after -> partAudits(ctx, ApplicationViews.forEvent(after, a)))
                        .call(after -> audit.record("APPLICATION_" + action.done(), "Application", a.id, a.townCode,
                                summary(before), ApplicationViews.forEvent(after, a)));
            }));
        }));
    }

    private static Uni<Void> partAudits(Ctx ctx, ApplicationView after) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Function<ApplicationView, Uni<Void>> a : ctx.partAudits) {
            chain = chain.flatMap(x -> a.apply(after));
        }
        return chain;
    }

    private Uni<LocalDate> lastStepDate(Application a) {
        return transitions.find("applicationId = ?1 order by actionDate desc, id desc", a.id).firstResult()
                .map(t -> t == null ? a.submittedOn : t.actionDate);
    }

    private Uni<Void> step(Application a, String action, ApplicationState from, LocalDate date, String note) {
        ApplicationTransition t = new ApplicationTransition();
        t.applicationId = a.id;
        t.action = action;
        t.fromState = from;
        t.toState = a.state;
        t.actionDate = date;
        t.actor = caller.name();
        t.actorRoles = caller.roleSummary();
        t.recordedAt = clock.now();
        t.note = note == null ? null : (note.length() > 2000 ? note.substring(0, 2000) : note);
        return transitions.persist(t).replaceWithVoid();
    }

    private static Map<String, Object> summary(ApplicationView v) {
        return Map.of("state", v.state().name(), "version", v.version(), "deadline",
                String.valueOf(v.clock() == null ? null : v.clock().deadline()));
    }

    private CaseClock.Reading reading(Ctx ctx) {
        return CaseClock.read(ApplicationViews.clockCase(ctx.app, ctx.item.promisedDays), ctx.date, ctx.cal,
                views.rules());
    }

    /** After the art. 32 window the application is accepted by law: it can no longer be refused or sent a notice. */
    private void refuseAfterWindow(Ctx ctx, String act) {
        CaseClock.Reading r = reading(ctx);
        if (r.deemedAccepted()) {
            throw Problems.conflict("DEEMED_ACCEPTED", "The acceptance window of " + ctx.app.number + " ended on "
                    + r.acceptanceDue() + ": the application counts as accepted on " + ctx.app.submittedOn
                    + " (art. 32), so the centre can no longer " + act + " it. Accept it");
        }
    }

    /** What the supplement notice asked for, and the item's required materials, still not handed in. */
    private static List<String> stillMissing(Ctx ctx) {
        Set<String> missing = new LinkedHashSet<>(missingOf(ctx));
        ApplicationViews.Notice notice = ApplicationViews.readNotice(ctx.app.supplementNotice);
        if (notice != null && notice.missing() != null) {
            Set<String> have = new HashSet<>(JsonText.strings(ctx.app.materials));
            notice.missing().stream().filter(m -> !have.contains(m)).forEach(missing::add);
        }
        return List.copyOf(missing);
    }

    private static List<String> missingOf(Ctx ctx) {
        return ApplicationViews.missing(JsonText.materials(ctx.item.materials), JsonText.strings(ctx.app.materials));
    }

    /** The application, 404 when unknown, 403 when in another town than the caller's. */
    public Uni<Application> require(long id) {
        return apps.findById(id).map(a -> {
            if (a == null) {
                throw Problems.notFound("Application", id);
            }
            caller.requireTown(a.townCode);
            return a;
        });
    }

    /** A department officer reads only applications for its department's items. */
    private Uni<Void> readable(Application a) {
        if (!caller.has(Roles.DEPT_OFFICER) || caller.hasAny(Roles.SUPERVISOR, Roles.COUNTY_ORG)) {
            return Uni.createFrom().voidItem();
        }
        return items.findById(a.itemCode).map(item -> {
            requireOwnDepartment(item.department);
            return null;
        });
    }

    private String departmentFilter() {
        if (caller.has(Roles.DEPT_OFFICER) && !caller.hasAny(Roles.SUPERVISOR, Roles.COUNTY_ORG)) {
            return caller.requireDept();
        }
        return null;
    }

    private void requireOwnDepartment(String department) {
        String mine = caller.requireDept();
        if (!mine.equals(department)) {
            throw Problems.forbidden("DEPARTMENT_OUT_OF_SCOPE",
                    "Your token is for " + mine + "; this application concerns an item of " + department);
        }
    }

    private static List<String> distinct(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(names.stream().map(String::trim).filter(s -> !s.isEmpty()).toList()));
    }
}
