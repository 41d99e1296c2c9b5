package org.townreform.fiscal.returns.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.calendar.CalendarService;
import org.townreform.common.time.WorkingDayCalendar;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.disbursement.DisbursementSchedule;
import org.townreform.fiscal.disbursement.OutstandingCalculator;
import org.townreform.fiscal.disbursement.repository.DisbursementRepository;
import org.townreform.fiscal.ledger.repository.RevenueEntryRepository;
import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.service.PolicyService;
import org.townreform.fiscal.returns.LedgerTotals;
import org.townreform.fiscal.returns.PolicyRef;
import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.returns.TownFacts;
import org.townreform.fiscal.settlement.Settlement;
import org.townreform.fiscal.settlement.SettlementLine;
import org.townreform.fiscal.settlement.repository.SettlementRepository;
import org.townreform.fiscal.statement.MonthStatement;
import org.townreform.fiscal.statement.ReturnStatement;
import org.townreform.fiscal.statement.repository.StatementRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Loads {@link TownFacts} for any number of towns in a fixed number of queries (ledger totals, policy versions, their
 * rules, disbursed totals, settlements, issued statements), each aggregated in SQL by town and period — never one query per town or row.
 * Runs inside the caller's session; no role check of its own (callers check).
 */
@ApplicationScoped
public class FactsLoader {
    private static final TypeReference<List<SettlementLine>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<List<ReturnLine>> STATEMENT_LINES = new TypeReference<>() {
    };

    private final RevenueEntryRepository entries;
    private final PolicyService policies;
    private final DisbursementRepository disbursements;
    private final SettlementRepository settlements;
    private final StatementRepository statements;
    private final CalendarService calendars;
    private final FiscalConfig config;
    private final ObjectMapper json;

    public FactsLoader(RevenueEntryRepository entries, PolicyService policies, DisbursementRepository disbursements,
            SettlementRepository settlements, StatementRepository statements, CalendarService calendars,
            FiscalConfig config, ObjectMapper json) {
        this.statements = statements;
        this.entries = entries;
        this.policies = policies;
        this.disbursements = disbursements;
        this.settlements = settlements;
        this.calendars = calendars;
        this.config = config;
        this.json = json;
    }

    /**
     * Facts of {@code towns} (distinct, in the order given) for the years {@code fromYear..toYear}. {@code bookedBy} and
     * {@code disbursedBy} (either may be null for "everything") restrict the ledger, and the disbursements and issued
     * statements, to what was known on a day.
     */
    public Uni<Map<String, TownFacts>> load(List<String> towns, int fromYear, int toYear, LocalDate bookedBy,
            LocalDate disbursedBy) {
        List<String> distinct = towns.stream().distinct().toList();
        return entries.monthTotals(distinct, fromYear, toYear, bookedBy).chain(totals -> policies.termsFor(distinct)
                .chain(terms -> disbursements.totals(distinct, fromYear, toYear, disbursedBy)
                        .chain(paid -> settlements.allIn(distinct, fromYear, toYear).chain(allSettlements -> statements
                                .forTowns(distinct, fromYear, toYear, disbursedBy).map(issued -> {
                                    Map<String, Map<Integer, LedgerTotals.Builder>> ledger = new HashMap<>();
                                    for (var t : totals) {
                                        ledger.computeIfAbsent(t.townCode(), k -> new HashMap<>())
                                                .computeIfAbsent(t.year(), k -> LedgerTotals.builder())
                                                .add(t.month(), t.category(), t.amount());
                                    }
                                    Map<String, Map<OutstandingCalculator.Key, BigDecimal>> disbursed = new HashMap<>();
                                    for (var d : paid) {
                                        disbursed.computeIfAbsent(d.townCode(), k -> new HashMap<>()).merge(
                                                new OutstandingCalculator.Key(YearMonth.of(d.year(), d.month()), d.earmark()),
                                                d.amount(), BigDecimal::add);
                                    }
                                    Map<String, Map<Integer, Map<String, BigDecimal>>> adjustments = new HashMap<>();
                                    Map<String, Set<Integer>> settledYears = new HashMap<>();
                                    for (Settlement s : allSettlements) {
                                        if (Settlement.SETTLED.equals(s.status)) {
                                            settledYears.computeIfAbsent(s.townCode, k -> new HashSet<>()).add(s.year);
                                        }
                                        Map<String, BigDecimal> byEarmark = adjustments
                                                .computeIfAbsent(s.townCode, k -> new HashMap<>())
                                                .computeIfAbsent(s.year, k -> new HashMap<>());
                                        for (SettlementLine l : lines(s)) {
                                            byEarmark.merge(l.earmark(), l.adjustment(), BigDecimal::add);
                                        }
                                    }
                                    Map<String, Map<Integer, List<MonthStatement>>> stored = new HashMap<>();
                                    for (ReturnStatement st : issued) {
                                        stored.computeIfAbsent(st.townCode, k -> new HashMap<>())
                                                .computeIfAbsent(st.periodYear, k -> new java.util.ArrayList<>())
                                                .add(statement(st));
                                    }
                                    Map<String, TownFacts> out = new LinkedHashMap<>();
                                    for (String town : distinct) {
                                        Map<Integer, LedgerTotals> years = new HashMap<>();
                                        ledger.getOrDefault(town, Map.of()).forEach((y, b) -> years.put(y, b.build()));
                                        List<PolicyTerms> ps = terms.getOrDefault(town, List.of());
                                        out.put(town, new TownFacts(town, years, ps, stored.getOrDefault(town, Map.of()),
                                                disbursed.getOrDefault(town, Map.of()),
                                                adjustments.getOrDefault(town, Map.of()),
                                                settledYears.getOrDefault(town, Set.of())));
                                    }
                                    return out;
                                })))));
    }

    /** The deadlines of periods under the calendar as loaded now. */
    public Uni<java.util.function.Function<YearMonth, DisbursementSchedule.Deadlines>> deadlines() {
        return calendars.calendar().map(this::deadlines);
    }

    public java.util.function.Function<YearMonth, DisbursementSchedule.Deadlines> deadlines(WorkingDayCalendar cal) {
        Map<YearMonth, DisbursementSchedule.Deadlines> memo = new HashMap<>();
        return p -> memo.computeIfAbsent(p, k -> DisbursementSchedule.of(k, cal, config.dueMonthsAfterPeriod(),
                config.overdueMonthsAfterPeriodEnd()));
    }

    public List<SettlementLine> lines(Settlement s) {
        try {
            return json.readValue(s.lines, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settlement " + s.id + " lines cannot be read", e);
        }
    }

    /** A stored statement as the computation reads it. */
    public MonthStatement statement(ReturnStatement s) {
        try {
            List<ReturnLine> lines = json.readValue(s.lines, STATEMENT_LINES);
            PolicyRef policy = s.policy == null ? null : json.readValue(s.policy, PolicyRef.class);
            return new MonthStatement(s.periodYear, s.periodMonth, s.id, true, s.issuedOn, s.issuedBy, policy, lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statement " + s.id + " cannot be read", e);
        }
    }

    public String write(Object lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
