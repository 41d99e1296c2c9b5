package org.townreform.fiscal.settlement.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.towns.TownRegistry;
import org.townreform.common.version.Versions;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.returns.TownFacts;
import org.townreform.fiscal.returns.YearReturns;
import org.townreform.fiscal.returns.service.FactsLoader;
import org.townreform.fiscal.settlement.ReopenYear;
import org.townreform.fiscal.settlement.SettleYear;
import org.townreform.fiscal.settlement.Settlement;
import org.townreform.fiscal.settlement.SettlementCalculator;
import org.townreform.fiscal.settlement.SettlementLine;
import org.townreform.fiscal.settlement.SettlementView;
import org.townreform.fiscal.settlement.YearStatus;
import org.townreform.fiscal.settlement.repository.SettlementRepository;
import org.townreform.fiscal.statement.StatementYear;
import org.townreform.fiscal.statement.service.StatementService;
import org.townreform.fiscal.support.Amounts;
import org.townreform.fiscal.support.Locks;
import org.townreform.fiscal.support.Periods;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Annual settlement: issues the year's statements not issued yet, compares the annual return with the statements and the
 * year's earlier settlements, and closes the year with the adjustment; reopening needs the county finance bureau and a
 * reason.
 */
@ApplicationScoped
public class SettlementService {
    private final SettlementRepository settlements;
    private final FactsLoader facts;
    private final Locks locks;
    private final TownRegistry towns;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final FiscalConfig config;
    private final StatementService statementService;

    public SettlementService(SettlementRepository settlements, FactsLoader facts, Locks locks, TownRegistry towns,
            Caller caller, AuditLog audit, BusinessClock clock, FiscalConfig config,
            StatementService statementService) {
        this.statementService = statementService;
        this.settlements = settlements;
        this.facts = facts;
        this.locks = locks;
        this.towns = towns;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    @WithTransaction
    @RolesAllowed(Roles.COUNTY_FINANCE)
    public Uni<SettlementView> settle(String townCode, int year, SettleYear in) {
        Periods.checkYear("year", year, config.firstYear());
        LocalDate date = clock.actionDate(in == null ? null : in.date());
        if (!date.isAfter(LocalDate.of(year, 12, 31))) {
            throw Problems.conflict("YEAR_NOT_ENDED",
                    "The year " + year + " cannot be settled on " + date + ": it has not ended");
        }
        return towns.requireRecorded(townCode)
                .chain(() -> locks.town(townCode))
                .chain(() -> settlements.settled(townCode, year))
                .chain(existing -> {
                    (existing == null ? YearStatus.OPEN : YearStatus.SETTLED).apply(YearStatus.SETTLE);
                    return facts.load(List.of(townCode), year, year, null, null);
                })
                .chain(all -> settlements.history(townCode, year).chain(earlier -> {
                    TownFacts f = all.get(townCode);
                    Map<Long, BigDecimal> previous = new HashMap<>();
                    for (Settlement e : earlier) {
                        for (SettlementLine l : facts.lines(e)) {
                            previous.merge(l.ruleId(), l.adjustment(), BigDecimal::add);
                        }
                    }
                    return statementService.issueMissing(townCode, f, year, 12, m -> date, caller.name(),
                            "issued with the settlement of " + year, true)
                            .chain(issued -> record(townCode, year, date, in, f, issued, previous));
                }))
                .chain(r -> view(townCode, year));
    }

    private Uni<SettlementView.Record> record(String townCode, int year, LocalDate date, SettleYear in, TownFacts f,
            StatementYear issued, Map<Long, BigDecimal> previous) {
        YearReturns returns = f.returns(year, 12);
        List<SettlementLine> lines = SettlementCalculator.settle(returns, issued, previous);
        Settlement s = new Settlement();
        s.townCode = townCode;
        s.year = year;
        s.status = Settlement.SETTLED;
        s.policyId = returns.policy() == null ? null : returns.policy().policyId();
        s.settledOn = date;
        s.settledBy = caller.name();
        s.settledAt = clock.now();
        s.annualReturn = sum(lines, SettlementLine::annualReturn);
        s.monthlyPayable = sum(lines, SettlementLine::monthlyPayable);
        s.adjustment = sum(lines, SettlementLine::adjustment);
        s.lines = facts.write(lines);
        s.note = in == null || in.note() == null || in.note().isBlank() ? null : in.note().trim();
        return settlements.persistAndFlush(s)
                .map(saved -> SettlementView.Record.of(saved, lines))
                .call(r -> audit.record("YEAR_SETTLED", "Settlement", r.id(), townCode, null, r));
    }

    @WithTransaction
    @RolesAllowed(Roles.COUNTY_FINANCE)
    public Uni<SettlementView> reopen(String townCode, int year, String ifMatch, ReopenYear in) {
        Periods.checkYear("year", year, config.firstYear());
        LocalDate date = clock.actionDate(in.date());
        return locks.town(townCode)
                .chain(() -> settlements.settled(townCode, year))
                .chain(s -> {
                    (s == null ? YearStatus.OPEN : YearStatus.SETTLED).apply(YearStatus.REOPEN);
                    if (ifMatch != null || in.version() != null) {
                        Versions.check("Settlement", s.id, Versions.expected(ifMatch, in.version()), s.version);
                    }
                    if (date.isBefore(s.settledOn)) {
                        throw Problems.unprocessable("DATE_BEFORE_SETTLEMENT",
                                "A year settled on " + s.settledOn + " cannot be reopened on " + date);
                    }
                    SettlementView.Record before = SettlementView.Record.of(s, facts.lines(s));
                    s.status = Settlement.REOPENED;
                    s.reopenedOn = date;
                    s.reopenedBy = caller.name();
                    s.reopenedAt = clock.now();
                    s.reopenReason = in.reason().trim();
                    return settlements.flush()
                            .call(() -> audit.record("YEAR_REOPENED", "Settlement", s.id, townCode, before,
                                    SettlementView.Record.of(s, facts.lines(s))));
                })
                .chain(x -> view(townCode, year));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<SettlementView> get(String townCode, int year) {
        caller.requireTown(townCode);
        Periods.checkYear("year", year, config.firstYear());
        return view(townCode, year);
    }

    private Uni<SettlementView> view(String townCode, int year) {
        return settlements.history(townCode, year).map(all -> {
            Settlement current = all.stream().filter(s -> Settlement.SETTLED.equals(s.status)).findFirst()
                    .orElse(null);
            List<SettlementView.Record> history = all.stream().filter(s -> s != current)
                    .map(s -> SettlementView.Record.of(s, facts.lines(s))).toList();
            return new SettlementView(townCode, year, current == null ? YearStatus.OPEN : YearStatus.SETTLED,
                    current == null ? null : SettlementView.Record.of(current, facts.lines(current)), history,
                    all.stream().map(x -> SettlementView.Record.of(x, facts.lines(x))).toList());
        });
    }

    private static BigDecimal sum(List<SettlementLine> lines,
            java.util.function.Function<SettlementLine, BigDecimal> f) {
        return lines.stream().map(f).reduce(Amounts.ZERO, BigDecimal::add);
    }
}
