package org.townreform.fiscal.report.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.error.Problems;
import org.townreform.common.paging.TownBatches;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.policy.service.PolicyService;
import org.townreform.fiscal.report.FiscalYearView;
import org.townreform.fiscal.report.ReportBuilder;
import org.townreform.fiscal.report.TownYearReport;
import org.townreform.fiscal.returns.TownFacts;
import org.townreform.fiscal.returns.service.FactsLoader;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Reports (SPEC §3.6) and the dashboards' batch read. Figures are as known on {@code asOf} (default today): the ledger as
 * booked by then, the disbursements made by then.
 */
@ApplicationScoped
public class ReportService {
    private final FactsLoader facts;
    private final PolicyService policies;
    private final Caller caller;
    private final BusinessClock clock;
    private final FiscalConfig config;

    public ReportService(FactsLoader facts, PolicyService policies, Caller caller, BusinessClock clock,
            FiscalConfig config) {
        this.facts = facts;
        this.policies = policies;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<TownYearReport> report(String townCode, int year, LocalDate asOf) {
        caller.requireTown(townCode);
        LocalDate day = checkYear(year, asOf);
        return facts.load(List.of(townCode), year - 1, year, day, day)
                .chain(all -> policies.grantsFor(List.of(townCode))
                        .chain(grants -> facts.deadlines().map(deadlines -> ReportBuilder.report(all.get(townCode),
                                year, day, config.growthTarget(), grants.getOrDefault(townCode, List.of()),
                                deadlines))));
    }

    /**
     * Many towns' year in one call and a fixed number of queries (for the gateway's dashboards), in the order asked.
     * A town user gets {@code null} for towns other than their own (as personnel-service's batch read does).
     */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<List<FiscalYearView>> yearViews(List<String> townCodes, int year, LocalDate asOf) {
        if (townCodes.size() > TownBatches.MAX) {
            throw Problems.invalid("townCodes", "at most " + TownBatches.MAX + " towns in one call");
        }
        townCodes.forEach(Towns::check);
        LocalDate day = checkYear(year, asOf);
        List<String> visible = townCodes.stream().filter(caller::canSeeTown).distinct().toList();
        return facts.load(visible, year - 1, year, day, day).chain(all -> facts.deadlines().map(deadlines -> {
            List<FiscalYearView> out = new ArrayList<>();
            for (String code : townCodes) {
                TownFacts f = all.get(code);
                out.add(f == null ? null : ReportBuilder.line(f, year, day, config.growthTarget(), deadlines));
            }
            return out;
        }));
    }

    private LocalDate checkYear(int year, LocalDate asOf) {
        Periods.checkYear("year", year, config.firstYear() + 1);
        LocalDate day = clock.asOf(asOf);
        if (year > day.getYear()) {
            throw Problems.unprocessable("PERIOD_IN_FUTURE", "The year " + year + " has not begun on " + day);
        }
        return day;
    }
}
