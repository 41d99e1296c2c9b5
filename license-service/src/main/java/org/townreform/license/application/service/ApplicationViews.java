package org.townreform.license.application.service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.calendar.CalendarService;
import org.townreform.common.id.ResidentIdNumber;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.WorkingDayCalendar;
import org.townreform.license.application.Application;
import org.townreform.license.application.ApplicationTransition;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.application.CaseClock;
import org.townreform.license.application.Forwarding;
import org.townreform.license.application.repository.ApplicationTransitionRepository;
import org.townreform.license.application.repository.ForwardingRepository;
import org.townreform.license.catalogue.CatalogueItem;
import org.townreform.license.catalogue.Material;
import org.townreform.license.catalogue.repository.CatalogueItemRepository;
import org.townreform.license.config.JsonText;
import org.townreform.license.config.LicenseConfig;
import org.townreform.license.filing.Filing;
import org.townreform.license.filing.FilingRules;
import org.townreform.license.filing.repository.FilingRepository;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** Builds application views in batches (one query per related table, whatever the number of applications). */
@ApplicationScoped
public class ApplicationViews {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogueItemRepository items;
    private final FilingRepository filings;
    private final ForwardingRepository forwardings;
    private final ApplicationTransitionRepository transitions;
    private final CalendarService calendars;
    private final Caller caller;
    private final LicenseConfig config;

    public ApplicationViews(CatalogueItemRepository items, FilingRepository filings, ForwardingRepository forwardings,
            ApplicationTransitionRepository transitions, CalendarService calendars, Caller caller,
            LicenseConfig config) {
        this.items = items;
        this.filings = filings;
        this.forwardings = forwardings;
        this.transitions = transitions;
        this.calendars = calendars;
        this.caller = caller;
        this.config = config;
    }

    /** The supplement notice as stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notice(List<String> missing, String note) {
    }

    public static String writeNotice(Notice n) {
        return JsonText.write(n);
    }

    static Notice readNotice(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Notice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public CaseClock.Rules rules() {
        return new CaseClock.Rules(config.acceptanceWorkingDays(), config.yellowPercent());
    }

    /** The clock inputs of an application. */
    public static CaseClock.Case clockCase(Application a, int promisedDays) {
        return CaseClock.of(a.state, a.submittedOn, a.acceptedOn, a.deemedAccepted, a.supplementRequestedOn,
                a.supplementedOn, a.supplementResumeState, a.decidedOn != null ? a.decidedOn : a.endedOn, promisedDays);
    }

    /** Required materials of the item not among those handed in. */
    public static List<String> missing(List<Material> required, List<String> handedIn) {
        Set<String> have = new HashSet<>(handedIn);
        return required.stream().filter(Material::required).map(Material::name).filter(n -> !have.contains(n)).toList();
    }

    public Uni<ApplicationView> one(Application a, LocalDate asOf) {
        return many(List.of(a), asOf).map(v -> v.get(0));
    }

    public Uni<List<ApplicationView>> many(List<Application> rows, LocalDate asOf) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Long> ids = rows.stream().map(a -> a.id).toList();
        Set<String> codes = rows.stream().map(a -> a.itemCode).collect(Collectors.toSet());
        return items.byCodes(codes).flatMap(itemRows -> filings.ofApplications(ids)
                .flatMap(filingRows -> forwardings.ofApplications(ids)
                        .flatMap(fwdRows -> transitions.ofApplications(ids)
                                .flatMap(steps -> calendars.calendar().map(cal -> {
                                    Map<String, CatalogueItem> byCode = itemRows.stream()
                                            .collect(Collectors.toMap(i -> i.code, Function.identity()));
                                    Map<Long, Filing> filingBy = filingRows.stream()
                                            .collect(Collectors.toMap(f -> f.applicationId, Function.identity()));
                                    Map<Long, Forwarding> fwdBy = fwdRows.stream()
                                            .collect(Collectors.toMap(f -> f.applicationId, Function.identity()));
                                    Map<Long, List<ApplicationTransition>> stepsBy = steps.stream()
                                            .collect(Collectors.groupingBy(t -> t.applicationId));
                                    return rows.stream().map(a -> build(a, byCode.get(a.itemCode), filingBy.get(a.id),
                                            fwdBy.get(a.id), stepsBy.getOrDefault(a.id, List.of()), cal, asOf))
                                            .toList();
                                })))));
    }

    private ApplicationView build(Application a, CatalogueItem item, Filing filing, Forwarding fwd,
            List<ApplicationTransition> steps, WorkingDayCalendar cal, LocalDate asOf) {
        List<String> handedIn = JsonText.strings(a.materials);
        List<String> missing = missing(JsonText.materials(item.materials), handedIn);
        CaseClock.Reading r = CaseClock.read(clockCase(a, item.promisedDays), asOf, cal, rules());
        ApplicationView.Clock clock = new ApplicationView.Clock(r.phase(), r.acceptanceDue(), r.deemedAccepted(),
                r.clockStart(), r.deadline(), r.provisional(), r.workingDaysUsed(), r.workingDaysLeft(),
                r.pausedWorkingDays(), r.paused(), r.light(), r.overdue());
        Notice notice = readNotice(a.supplementNotice);
        ApplicationView.SupplementNotice supplement = notice == null
                ? null
                : new ApplicationView.SupplementNotice(a.supplementRequestedOn, notice.missing(), notice.note(),
                        a.supplementedOn);
        ApplicationView.Decision decision = null;
        ApplicationView.FilingView filingView = null;
        if (a.decidedOn != null) {
            decision = new ApplicationView.Decision(a.decisionOutcome, a.decidedOn, a.decisionNumber, a.decisionReason,
                    a.issuedInNameOf, a.sealName, a.reviewerId, a.reviewerCertificate);
            WorkingDayCalendar.Deadline due = FilingRules.due(a.decidedOn, config.filingMonths(), cal);
            filingView = new ApplicationView.FilingView(due.date(), due.provisional(),
                    FilingRules.overdue(due.date(), filing == null ? null : filing.receivedOn, asOf),
                    filing == null ? null : filing.receiptNumber, filing == null ? null : filing.receivedOn,
                    filing != null && FilingRules.late(due.date(), filing.receivedOn));
        }
        ApplicationView.ForwardingView forwarding = fwd == null
                ? null
                : new ApplicationView.ForwardingView(fwd.id, fwd.department, fwd.forwardedOn, fwd.status,
                        fwd.answeredOn, fwd.reference, fwd.note);
        boolean full = caller.has(Roles.TOWN_CLERK) || caller.has(Roles.TOWN_LEADER);
        ApplicationView.Applicant applicant = new ApplicationView.Applicant(a.applicantKind, a.applicantName,
                full ? a.applicantIdNumber : ResidentIdNumber.mask(a.applicantIdNumber),
                full ? a.applicantPhone : maskPhone(a.applicantPhone));
        List<ApplicationView.Step> history = steps.stream().map(t -> new ApplicationView.Step(t.action, t.fromState,
                t.toState, t.actionDate, t.actor, t.recordedAt, t.note)).toList();
        return new ApplicationView(a.id, a.number, null, a.townCode, a.townName, a.itemCode, item.name, item.kind,
                item.department,
                a.agreementId, applicant, a.channel, handedIn, missing, a.state, a.submittedOn, a.acceptedOn, clock,
                supplement, a.notAcceptedReason, decision, filingView, forwarding, a.endedOn, a.endReason,
                a.transferredTo, history, asOf, a.version);
    }

    /**
     * The application as an event carries it (and the audit keeps it): the applicant's ID number and phone masked
     * whoever made the change, since the event feed and webhooks reach roles that read them masked; never the
     * verification code.
     */
    public static ApplicationView forEvent(ApplicationView v, Application a) {
        ApplicationView.Applicant applicant = new ApplicationView.Applicant(a.applicantKind, a.applicantName,
                ResidentIdNumber.mask(a.applicantIdNumber), maskPhone(a.applicantPhone));
        return new ApplicationView(v.id(), v.number(), null, v.townCode(), v.townName(), v.itemCode(), v.itemName(),
                v.itemKind(), v.department(), v.agreementId(), applicant, v.channel(), v.materials(),
                v.missingMaterials(), v.state(), v.submittedOn(), v.acceptedOn(), v.clock(), v.supplement(),
                v.notAcceptedReason(), v.decision(), v.filing(), v.forwarding(), v.endedOn(), v.endReason(),
                v.transferredTo(), v.history(), v.asOf(), v.version());
    }

    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
