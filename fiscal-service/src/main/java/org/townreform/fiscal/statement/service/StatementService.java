package org.townreform.fiscal.statement.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.towns.TownRegistry;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.returns.TownFacts;
import org.townreform.fiscal.returns.service.FactsLoader;
import org.townreform.fiscal.settlement.repository.SettlementRepository;
import org.townreform.fiscal.statement.IssueStatement;
import org.townreform.fiscal.statement.MonthStatement;
import org.townreform.fiscal.statement.ReturnStatement;
import org.townreform.fiscal.statement.StatementView;
import org.townreform.fiscal.statement.StatementYear;
import org.townreform.fiscal.statement.repository.StatementRepository;
import org.townreform.fiscal.support.Locks;
import org.townreform.fiscal.support.Periods;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Monthly return statements: the county finance bureau issues a month's statement once the month has ended; it is stored
 * as issued and never changes. Months of a year are issued in order (January first), each once.
 */
@ApplicationScoped
public class StatementService {
    private final StatementRepository statements;
    private final SettlementRepository settlements;
    private final FactsLoader facts;
    private final Locks locks;
    private final TownRegistry towns;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final FiscalConfig config;

    public StatementService(StatementRepository statements, SettlementRepository settlements, FactsLoader facts,
            Locks locks, TownRegistry towns, Caller caller, AuditLog audit, BusinessClock clock, FiscalConfig config) {
        this.statements = statements;
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
    public Uni<StatementView> issue(String townCode, IssueStatement in) {
        YearMonth p = Periods.parse("period", in.period(), config.firstYear());
        LocalDate date = clock.actionDate(in.date());
        if (!date.isAfter(p.atEndOfMonth())) {
            throw Problems.unprocessable("PERIOD_IN_FUTURE", "The statement of " + p + " cannot be issued on " + date
                    + ": the month has not ended");
        }
        int year = p.getYear();
        int month = p.getMonthValue();
        String note = in.note() == null || in.note().isBlank() ? null : in.note().trim();
        return towns.requireRecorded(townCode)
                .chain(() -> locks.town(townCode))
                .chain(() -> settlements.requireOpen(townCode, year, "its statements were issued by the settlement"))
                .chain(() -> facts.load(List.of(townCode), year, year, null, null))
                .chain(all -> {
                    TownFacts f = all.get(townCode);
                    List<Integer> issued = f.issued(year).stream().map(MonthStatement::month).toList();
                    if (issued.contains(month)) {
                        throw Problems.conflict("STATEMENT_ALREADY_ISSUED", "The statement of " + p + " of town "
                                + townCode + " is already issued; it never changes: later entries for " + p
                                + " go into the next statement of " + year + " or its settlement");
                    }
                    List<String> missing = new ArrayList<>();
                    for (int m = 1; m < month; m++) {
                        if (!issued.contains(m)) {
                            missing.add(Periods.format(year, m));
                        }
                    }
                    if (!missing.isEmpty()) {
                        throw Problems.conflict("EARLIER_PERIOD_NOT_ISSUED", "The statements of a year are issued "
                                + "in order: issue " + String.join(", ", missing) + " before " + p);
                    }
                    MonthStatement draft = f.statements(f.returns(year, month)).month(month);
                    return persist(townCode, draft, date, caller.name(), note)
                            .call(v -> audit.record("STATEMENT_ISSUED", "ReturnStatement", v.id(), townCode, null,
                                    v));
                });
    }

    /**
     * Issues every month of {@code year} through {@code throughMonth} that has no statement yet, in order, as issuing
     * them now gives them, each on {@code dateOfMonth} (for the settlement, and the demo data). Runs in the caller's
     * transaction, which holds the town's lock; {@code f} was loaded in it, with every statement issued.
     */
    public Uni<StatementYear> issueMissing(String townCode, TownFacts f, int year, int throughMonth,
            IntFunction<LocalDate> dateOfMonth, String by, String note, boolean audited) {
        StatementYear all = f.statements(f.returns(year, throughMonth));
        Uni<Void> chain = Uni.createFrom().voidItem();
        List<MonthStatement> out = new ArrayList<>();
        for (MonthStatement s : all.months()) {
            if (s.issued()) {
                out.add(s);
                continue;
            }
            LocalDate date = dateOfMonth.apply(s.month());
            chain = chain.chain(() -> persist(townCode, s, date, by, note)
                    .call(v -> audited
                            ? audit.record("STATEMENT_ISSUED", "ReturnStatement", v.id(), townCode, null, v)
                            : Uni.createFrom().voidItem())
                    .map(v -> {
                        out.add(s.asIssued(v.id(), date, by));
                        return v;
                    })).replaceWithVoid();
        }
        return chain.map(x -> new StatementYear(year, throughMonth,
                out.stream().sorted(java.util.Comparator.comparingInt(MonthStatement::month)).toList()));
    }

    private Uni<StatementView> persist(String townCode, MonthStatement draft, LocalDate date, String by,
            String note) {
        MonthStatement issued = draft.asIssued(null, date, by);
        ReturnStatement s = new ReturnStatement();
        s.townCode = townCode;
        s.periodYear = draft.year();
        s.periodMonth = draft.month();
        s.policyId = draft.policy() == null ? null : draft.policy().id();
        s.policy = draft.policy() == null ? null : facts.write(draft.policy());
        s.lines = facts.write(issued.lines());
        s.totalAmount = issued.totalAmount();
        s.totalPayable = issued.totalPayable();
        s.issuedOn = date;
        s.issuedBy = by;
        s.issuedAt = clock.now();
        s.note = note;
        return statements.persistAndFlush(s).map(saved -> StatementView.of(townCode, facts.statement(saved), note));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<List<StatementView>> list(String townCode, int year) {
        caller.requireTown(townCode);
        Periods.checkYear("year", year, config.firstYear());
        return statements.forTowns(List.of(townCode), year, year, null).map(rows -> rows.stream()
                .map(r -> StatementView.of(townCode, facts.statement(r), r.note)).toList());
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<StatementView> get(String townCode, String period) {
        caller.requireTown(townCode);
        YearMonth p = Periods.parse("period", period, config.firstYear());
        return statements.of(townCode, p.getYear(), p.getMonthValue()).map(r -> {
            if (r == null) {
                throw Problems.notFound("Statement", p + " of town " + townCode);
            }
            return StatementView.of(townCode, facts.statement(r), r.note);
        });
    }
}
