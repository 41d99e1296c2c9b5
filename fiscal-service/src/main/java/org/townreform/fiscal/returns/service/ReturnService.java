package org.townreform.fiscal.returns.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.disbursement.OutstandingRow;
import org.townreform.fiscal.returns.PeriodReturnsView;
import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.returns.TownFacts;
import org.townreform.fiscal.returns.YearReturns;
import org.townreform.fiscal.returns.YearReturnsView;
import org.townreform.fiscal.settlement.YearStatus;
import org.townreform.fiscal.statement.MonthStatement;
import org.townreform.fiscal.statement.StatementYear;
import org.townreform.fiscal.support.Amounts;
import org.townreform.fiscal.support.Periods;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Return lines: issued months as their stored statements, the others computed when read from the ledger and policy as
 * they stand (provisional).
 */
@ApplicationScoped
public class ReturnService {
    private final FactsLoader facts;
    private final Caller caller;
    private final BusinessClock clock;
    private final FiscalConfig config;

    public ReturnService(FactsLoader facts, Caller caller, BusinessClock clock, FiscalConfig config) {
        this.facts = facts;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<PeriodReturnsView> period(String townCode, String period) {
        caller.requireTown(townCode);
        YearMonth p = Periods.parse("period", period, config.firstYear());
        LocalDate today = clock.today();
        Periods.notAfter(p, today, "today");
        int year = p.getYear();
        return facts.load(List.of(townCode), year, year, null, null).chain(all -> facts.deadlines().map(deadlines -> {
            TownFacts f = all.get(townCode);
            StatementYear y = f.statements(f.returns(year, Periods.monthsBegun(year, today)));
            MonthStatement s = y.month(p.getMonthValue());
            List<OutstandingRow> rows = f.outstanding(y, today, deadlines).stream()
                    .filter(r -> r.period().equals(p.toString())).toList();
            BigDecimal carried = s.lines().stream().filter(ReturnLine::carried).map(ReturnLine::amount)
                    .reduce(Amounts.ZERO, BigDecimal::add);
            return new PeriodReturnsView(townCode, p.toString(), s.policy(), s.lines(), s.totalAmount(),
                    s.totalPayable(), rows, status(f, year).name(), s.issued(), s.issuedOn(), s.id(), carried);
        }));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<YearReturnsView> year(String townCode, int year) {
        caller.requireTown(townCode);
        LocalDate today = clock.today();
        Periods.checkYear("year", year, config.firstYear());
        if (year > today.getYear()) {
            throw org.townreform.common.error.Problems.unprocessable("PERIOD_IN_FUTURE",
                    "The year " + year + " has not begun");
        }
        return facts.load(List.of(townCode), year, year, null, null).map(all -> {
            TownFacts f = all.get(townCode);
            YearReturns y = f.returns(year, Periods.monthsBegun(year, today));
            return YearReturnsView.of(townCode, y, f.statements(y), status(f, year).name());
        });
    }

    static YearStatus status(TownFacts f, int year) {
        return f.settledYears().contains(year) ? YearStatus.SETTLED : YearStatus.OPEN;
    }
}
