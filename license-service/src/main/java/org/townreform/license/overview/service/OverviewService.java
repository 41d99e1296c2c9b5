package org.townreform.license.overview.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.calendar.CalendarService;
import org.townreform.common.error.Problems;
import org.townreform.common.paging.TownBatches;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.time.WorkingDayCalendar;
import org.townreform.license.agreement.service.AgreementService;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.CaseClock;
import org.townreform.license.application.Light;
import org.townreform.license.application.service.ApplicationViews;
import org.townreform.license.config.LicenseConfig;
import org.townreform.license.filing.FilingRules;
import org.townreform.license.overview.LicensingView;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Licensing views of many towns in one go, for the dashboard gateway: a fixed number of SQL queries whatever the number
 * of towns (counts and averages aggregated in SQL; deadlines, lights and filing due days computed from the rows of the
 * open and unfiled cases with the working-day calendar).
 */
@ApplicationScoped
public class OverviewService {
    public static final int MAX_TOWNS = TownBatches.MAX;

    private final Pool pool;
    private final AgreementService agreements;
    private final CalendarService calendars;
    private final Caller caller;
    private final BusinessClock clock;
    private final LicenseConfig config;
    private final ApplicationViews views;

    public OverviewService(Pool pool, AgreementService agreements, CalendarService calendars, Caller caller,
            BusinessClock clock, LicenseConfig config, ApplicationViews views) {
        this.pool = pool;
        this.agreements = agreements;
        this.calendars = calendars;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
        this.views = views;
    }

    /**
     * As {@link #views}, for the towns of a federated query: a town outside the caller's scope gets {@code null} instead
     * of failing the whole batch (the other services answer the same way).
     */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<List<LicensingView>> viewsWithinScope(List<String> townCodes, LocalDate asOf) {
        List<String> visible = townCodes.stream().filter(t -> t != null && t.matches("\\d{9}") && caller.canSeeTown(t))
                .distinct().toList();
        if (visible.isEmpty()) {
            return Uni.createFrom().item(townCodes.stream().map(t -> (LicensingView) null).toList());
        }
        return views(visible, asOf).map(found -> {
            java.util.Map<String, LicensingView> byTown = new java.util.HashMap<>();
            found.forEach(v -> byTown.put(v.townCode(), v));
            return townCodes.stream().map(byTown::get).toList();
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<List<LicensingView>> views(List<String> townCodes, LocalDate asOf) {
        if (townCodes == null || townCodes.isEmpty() || townCodes.size() > MAX_TOWNS) {
            throw Problems.invalid("townCodes", "give 1 to " + MAX_TOWNS + " town codes");
        }
        for (String t : townCodes) {
            if (t == null || !t.matches("\\d{9}")) {
                throw Problems.invalid("townCodes", "'" + t + "' is not a 9-digit town code");
            }
            caller.requireTown(t);
        }
        LocalDate day = clock.asOf(asOf);
        List<String> towns = List.copyOf(new LinkedHashSet<>(townCodes));
        String[] arr = towns.toArray(new String[0]);
        Uni<RowSet<Row>> byState = pool.preparedQuery("select town_code, state, count(*) as n from application "
                + "where town_code = any($1) and submitted_on <= $2 group by town_code, state")
                .execute(Tuple.of(arr, day));
        Uni<RowSet<Row>> open = pool.preparedQuery("select a.town_code, a.state, a.submitted_on, a.accepted_on, "
                + "a.deemed_accepted, a.supplement_requested_on, a.supplemented_on, a.supplement_resume_state, "
                + "i.promised_days from application a join catalogue_item i on i.code = a.item_code "
                + "where a.town_code = any($1) and a.submitted_on <= $2 and a.state in "
                + "('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW')")
                .execute(Tuple.of(arr, day));
        Uni<RowSet<Row>> unfiled = pool.preparedQuery("select town_code, decided_on from application "
                + "where town_code = any($1) and state in ('APPROVED', 'DENIED') and decided_on <= $2")
                .execute(Tuple.of(arr, day));
        Uni<RowSet<Row>> ratings = pool.preparedQuery("select town_code, count(*) as n, avg(rating) as average "
                + "from evaluation where town_code = any($1) and evaluated_on <= $2 group by town_code")
                .execute(Tuple.of(arr, day));
        Uni<RowSet<Row>> complaints = pool.preparedQuery("select town_code, count(*) as n from complaint "
                + "where town_code = any($1) and received_on <= $2 and (status = 'OPEN' or resolved_on > $2) "
                + "group by town_code").execute(Tuple.of(arr, day));
        return Uni.combine().all().unis(byState, open, unfiled, ratings, complaints).asTuple()
                .flatMap(rows -> agreements.itemsInForce(towns, day).flatMap(items -> calendars.calendar()
                        .map(cal -> assemble(townCodes, day, items, rows.getItem1(), rows.getItem2(), rows.getItem3(),
                                rows.getItem4(), rows.getItem5(), cal))));
    }

    private List<LicensingView> assemble(List<String> asked, LocalDate day, Map<String, Set<String>> items,
            RowSet<Row> byState, RowSet<Row> open, RowSet<Row> unfiled, RowSet<Row> ratings, RowSet<Row> complaints,
            WorkingDayCalendar cal) {
        Map<String, Map<ApplicationState, Integer>> states = new HashMap<>();
        for (Row r : byState) {
            states.computeIfAbsent(r.getString("town_code"), t -> new EnumMap<>(ApplicationState.class))
                    .put(ApplicationState.valueOf(r.getString("state")), r.getLong("n").intValue());
        }
        Map<String, Map<Light, Integer>> lights = new HashMap<>();
        CaseClock.Rules rules = views.rules();
        for (Row r : open) {
            String resume = r.getString("supplement_resume_state");
            CaseClock.Reading reading = CaseClock.read(CaseClock.of(ApplicationState.valueOf(r.getString("state")),
                    r.getLocalDate("submitted_on"), r.getLocalDate("accepted_on"), r.getBoolean("deemed_accepted"),
                    r.getLocalDate("supplement_requested_on"), r.getLocalDate("supplemented_on"),
                    resume == null ? null : ApplicationState.valueOf(resume), null, r.getInteger("promised_days")), day,
                    cal, rules);
            if (reading.light() != null) {
                lights.computeIfAbsent(r.getString("town_code"), t -> new EnumMap<>(Light.class))
                        .merge(reading.light(), 1, Integer::sum);
            }
        }
        Map<String, int[]> filings = new HashMap<>();
        for (Row r : unfiled) {
            int[] f = filings.computeIfAbsent(r.getString("town_code"), t -> new int[2]);
            f[0]++;
            LocalDate due = FilingRules.due(r.getLocalDate("decided_on"), config.filingMonths(), cal).date();
            if (FilingRules.overdue(due, null, day)) {
                f[1]++;
            }
        }
        Map<String, Object[]> rating = new HashMap<>();
        for (Row r : ratings) {
            rating.put(r.getString("town_code"), new Object[]{r.getLong("n").intValue(), r.getBigDecimal("average")});
        }
        Map<String, Integer> complaintCount = new HashMap<>();
        for (Row r : complaints) {
            complaintCount.put(r.getString("town_code"), r.getLong("n").intValue());
        }
        List<LicensingView> out = new ArrayList<>();
        for (String town : asked) {
            Map<ApplicationState, Integer> s = states.getOrDefault(town, Map.of());
            Map<Light, Integer> l = lights.getOrDefault(town, Map.of());
            int openCount = ApplicationState.OPEN.stream().mapToInt(st -> s.getOrDefault(st, 0)).sum();
            int[] f = filings.getOrDefault(town, new int[2]);
            Object[] rt = rating.get(town);
            List<LicensingView.StateCount> stateCounts = new ArrayList<>();
            for (ApplicationState st : ApplicationState.values()) {
                stateCounts.add(new LicensingView.StateCount(st, s.getOrDefault(st, 0)));
            }
            List<LicensingView.LightCount> lightCounts = new ArrayList<>();
            for (Light li : Light.values()) {
                lightCounts.add(new LicensingView.LightCount(li, l.getOrDefault(li, 0)));
            }
            out.add(new LicensingView(town, day, items.getOrDefault(town, Set.of()).size(), stateCounts, lightCounts,
                    openCount, l.getOrDefault(Light.RED, 0), f[0], f[1], rt == null ? 0 : (int) rt[0],
                    rt == null ? null : ((BigDecimal) rt[1]).setScale(2, RoundingMode.HALF_UP),
                    complaintCount.getOrDefault(town, 0)));
        }
        return out;
    }
}
