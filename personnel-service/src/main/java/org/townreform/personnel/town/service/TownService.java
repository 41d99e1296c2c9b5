package org.townreform.personnel.town.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.id.TownCode;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.version.Versions;
import org.townreform.personnel.config.PersonnelConfig;
import org.townreform.personnel.town.CountyDashboard;
import org.townreform.personnel.town.LeadershipPostChange;
import org.townreform.personnel.town.LeadershipPostChangeView;
import org.townreform.personnel.town.NewLeadershipPostChange;
import org.townreform.personnel.town.NewTown;
import org.townreform.personnel.town.PublicTownView;
import org.townreform.personnel.town.Town;
import org.townreform.personnel.town.TownConnection;
import org.townreform.personnel.town.TownFilter;
import org.townreform.personnel.town.TownRules;
import org.townreform.personnel.town.TownUpdate;
import org.townreform.personnel.town.TownView;
import org.townreform.personnel.town.repository.LeadershipPostChangeRepository;
import org.townreform.personnel.town.repository.TownRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Towns (SPEC §2.1): recorded by the county organisation department, read by everyone within their scope. */
@ApplicationScoped
public class TownService {
    private final TownRepository towns;
    private final LeadershipPostChangeRepository changes;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final PersonnelConfig config;

    public TownService(TownRepository towns, LeadershipPostChangeRepository changes, Caller caller, AuditLog audit,
            BusinessClock clock, PersonnelConfig config) {
        this.towns = towns;
        this.changes = changes;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /** The town, checked to exist (404) and to be within the caller's scope (403). For use by other services' rules. */
    public Uni<Town> require(String code) {
        caller.requireTown(code);
        return towns.findById(code).map(t -> {
            if (t == null) {
                throw Problems.notFound("Town", code);
            }
            return t;
        });
    }

    /**
     * The public registry's entry for a town: code and name only, for anyone (no token, no scope), so other services can
     * check the towns their writes name. 404 for a code no town has; 400 for one that is not nine digits.
     */
    @WithSession
    public Uni<PublicTownView> registryEntry(String code) {
        if (code == null || !code.matches(TownCode.REGEX)) {
            throw Problems.invalid("code", "must be a 9-digit township division code");
        }
        return towns.findById(code).map(t -> {
            if (t == null) {
                throw Problems.notFound("Town", code);
            }
            return PublicTownView.of(t);
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<Page<TownView>> list(PageRequest page, LocalDate asOf) {
        String only = caller.townScope().orElse(null);
        return towns.page(page.after(), only, page.fetchSize())
                .flatMap(rows -> views(rows, clock.asOf(asOf))
                        .map(views -> Page.of(views, page.limit(), TownView::code)));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<TownView> get(String code, LocalDate asOf) {
        return require(code).flatMap(t -> view(t, clock.asOf(asOf)));
    }

    /** Several towns at once, in the order asked, {@code null} for unknown or out-of-scope codes (for batch loading). */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<List<TownView>> getMany(List<String> codes, LocalDate asOf) {
        List<String> visible = codes.stream().filter(caller::canSeeTown).distinct().toList();
        return towns.list("code in ?1", visible).flatMap(rows -> views(rows, clock.asOf(asOf))).map(views -> {
            Map<String, TownView> byCode = views.stream().collect(Collectors.toMap(TownView::code, v -> v));
            return codes.stream().map(byCode::get).toList();
        });
    }

    /** A cursor page of the towns passing the filter (a town user: only their own), with the total count. */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<TownConnection> connection(PageRequest page, TownFilter filter, LocalDate asOf) {
        String only = caller.townScope().orElse(null);
        LocalDate day = clock.asOf(asOf);
        return towns.count(only, filter).flatMap(total -> towns.page(page.after(), only, filter, page.fetchSize())
                .flatMap(rows -> views(rows, day))
                .map(views -> TownConnection.of(Page.of(views, page.limit(), TownView::code), page, total)));
    }

    /** Every town side by side for the county's dashboard; town users are refused (a county-wide view). */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<CountyDashboard> countyDashboard(int year, LocalDate asOf) {
        if (caller.townScoped()) {
            throw Problems.forbidden("COUNTY_ROLE_REQUIRED",
                    "The county dashboard shows every town: it needs a county-wide role, not a town's");
        }
        if (year < 1949 || year > 2200) {
            throw Problems.invalid("year", "must be a calendar year");
        }
        LocalDate day = clock.asOf(asOf);
        return towns.all(null).flatMap(rows -> views(rows, day)).map(views -> new CountyDashboard(year, day, views));
    }

    @WithTransaction
    @RolesAllowed(Roles.COUNTY_ORG)
    public Uni<TownView> create(NewTown in) {
        return towns.findById(in.code()).flatMap(existing -> {
            if (existing != null) {
                throw Problems.conflict("TOWN_EXISTS", "Town " + in.code() + " is already recorded");
            }
            Town t = new Town();
            t.code = in.code();
            t.name = in.name().trim();
            t.county = in.county().trim();
            t.category = in.category();
            t.pilot = Boolean.TRUE.equals(in.pilot());
            t.maxInternalOffices = in.maxInternalOffices();
            t.leadershipPostsBase = in.leadershipPosts();
            t.createdAt = clock.now();
            return towns.persistAndFlush(t)
                    .flatMap(saved -> view(saved, clock.today()))
                    .call(v -> audit.record("TOWN_CREATED", "Town", t.code, t.code, null, v));
        });
    }

    @WithTransaction
    @RolesAllowed(Roles.COUNTY_ORG)
    public Uni<TownView> update(String code, String ifMatch, TownUpdate in) {
        long expected = Versions.expected(ifMatch, in.version());
        return require(code).flatMap(t -> view(t, clock.today()).flatMap(before -> {
            Versions.check("Town", code, expected, t.version);
            t.name = in.name().trim();
            t.county = in.county().trim();
            t.category = in.category();
            t.pilot = in.pilot();
            t.maxInternalOffices = in.maxInternalOffices();
            return towns.flush()
                    .flatMap(x -> view(t, clock.today()))
                    .call(after -> audit.record("TOWN_UPDATED", "Town", code, code, before, after));
        }));
    }

    @WithTransaction
    @RolesAllowed(Roles.COUNTY_ORG)
    public Uni<TownView> recordLeadershipPostChange(String code, NewLeadershipPostChange in) {
        LocalDate date = clock.actionDate(in.date());
        return require(code).flatMap(t -> changes.forTowns(List.of(code)).flatMap(history -> {
            int before = TownRules.leadershipPostsOn(t.leadershipPostsBase, history, date);
            if (before + in.change() < 0) {
                throw Problems.unprocessable("LEADERSHIP_POSTS_NEGATIVE",
                        "Town " + code + " has " + before + " leadership posts on " + date + "; it cannot lose "
                                + -in.change());
            }
            LeadershipPostChange c = new LeadershipPostChange();
            c.townCode = code;
            c.effectiveDate = date;
            c.change = in.change();
            c.reference = in.reference();
            c.reason = in.reason();
            c.recordedBy = caller.name();
            c.recordedAt = clock.now();
            return changes.persistAndFlush(c)
                    .flatMap(x -> view(t, clock.today()))
                    .call(v -> audit.record("LEADERSHIP_POSTS_CHANGED", "Town", code, code,
                            Map.of("leadershipPosts", before), v));
        }));
    }

    /** Effective limits for units of a town: used by the organisation rules. */
    public int maxInternalOffices(Town t) {
        return TownRules.maxInternalOffices(t, config.maxInternalOffices());
    }

    private Uni<TownView> view(Town t, LocalDate asOf) {
        return views(List.of(t), asOf).map(v -> v.get(0));
    }

    private Uni<List<TownView>> views(List<Town> rows, LocalDate asOf) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return changes.forTowns(rows.stream().map(t -> t.code).toList()).map(all -> {
            Map<String, List<LeadershipPostChange>> byTown = all.stream()
                    .collect(Collectors.groupingBy(c -> c.townCode));
            return rows.stream().map(t -> {
                List<LeadershipPostChange> history = byTown.getOrDefault(t.code, List.of());
                return new TownView(t.code, t.name, t.county, t.category, t.pilot, maxInternalOffices(t),
                        t.maxInternalOffices != null,
                        TownRules.leadershipPostsOn(t.leadershipPostsBase, history, asOf), t.leadershipPostsBase,
                        history.stream().map(LeadershipPostChangeView::of).toList(), asOf, t.version);
            }).toList();
        });
    }
}
