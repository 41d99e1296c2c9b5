package org.townreform.fiscal.disbursement.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.towns.TownRegistry;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.disbursement.Disbursement;
import org.townreform.fiscal.disbursement.DisbursementView;
import org.townreform.fiscal.disbursement.NewDisbursement;
import org.townreform.fiscal.disbursement.OutstandingRow;
import org.townreform.fiscal.disbursement.OutstandingSummary;
import org.townreform.fiscal.disbursement.OutstandingView;
import org.townreform.fiscal.disbursement.repository.DisbursementRepository;
import org.townreform.fiscal.returns.TownFacts;
import org.townreform.fiscal.returns.service.FactsLoader;
import org.townreform.fiscal.support.Amounts;
import org.townreform.fiscal.support.Locks;
import org.townreform.fiscal.support.Periods;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Disbursements (SPEC §3.4): transfers against computed returns, never beyond what is outstanding. */
@ApplicationScoped
public class DisbursementService {
    private final DisbursementRepository disbursements;
    private final FactsLoader facts;
    private final Locks locks;
    private final TownRegistry towns;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final FiscalConfig config;

    public DisbursementService(DisbursementRepository disbursements, FactsLoader facts, Locks locks,
            TownRegistry towns, Caller caller, AuditLog audit, BusinessClock clock, FiscalConfig config) {
        this.disbursements = disbursements;
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
    public Uni<DisbursementView> record(String townCode, NewDisbursement in) {
        LocalDate date = clock.actionDate(in.date());
        YearMonth period = Periods.parse("period", in.period(), config.firstYear());
        Periods.notAfter(period, date, "the day of the transfer");
        String earmark = in.earmark() == null || in.earmark().isBlank() ? null : in.earmark().trim();
        String voucher = in.voucherNo().trim();
        int year = period.getYear();
        return towns.requireRecorded(townCode)
                .chain(() -> locks.town(townCode))
                .chain(() -> disbursements.byVoucher(townCode, voucher))
                .chain(existing -> {
                    if (existing != null) {
                        throw Problems.conflict("DUPLICATE_VOUCHER", "Voucher " + voucher + " of town " + townCode
                                + " is already recorded as disbursement " + existing.id);
                    }
                    return facts.load(List.of(townCode), year, year, null, null);
                })
                .chain(all -> facts.deadlines().map(deadlines -> {
                    TownFacts f = all.get(townCode);
                    OutstandingRow row = f.outstanding(year, year, clock.today(), deadlines).stream()
                            .filter(r -> r.period().equals(period.toString())
                                    && java.util.Objects.equals(r.earmark(), earmark))
                            .findFirst().orElse(null);
                    BigDecimal owed = row == null ? Amounts.ZERO : row.outstanding();
                    if (in.amount().compareTo(owed) > 0) {
                        throw Problems.conflict("OVER_DISBURSEMENT", "Period " + period + ", earmark "
                                + (earmark == null ? "none (general purpose)" : earmark) + ": computed "
                                + Amounts.money(row == null ? Amounts.ZERO : row.computed()) + ", disbursed "
                                + Amounts.money(row == null ? Amounts.ZERO : row.disbursed()) + ", outstanding "
                                + Amounts.money(owed) + "; " + Amounts.money(in.amount()) + " would exceed it");
                    }
                    Disbursement d = new Disbursement();
                    d.townCode = townCode;
                    d.periodYear = year;
                    d.periodMonth = period.getMonthValue();
                    d.earmark = earmark;
                    d.voucherNo = voucher;
                    d.disbursedOn = date;
                    d.amount = in.amount().setScale(2);
                    d.note = in.note() == null || in.note().isBlank() ? null : in.note().trim();
                    d.recordedBy = caller.name();
                    d.recordedAt = clock.now();
                    return d;
                }))
                .chain(d -> disbursements.persistAndFlush(d))
                .map(DisbursementView::of)
                .call(v -> audit.record("DISBURSEMENT_RECORDED", "Disbursement", v.id(), townCode, null, v));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<Page<DisbursementView>> list(String townCode, Integer year, PageRequest page) {
        caller.requireTown(townCode);
        return disbursements.page(townCode, year, page.afterId(), page.fetchSize())
                .map(rows -> Page.of(rows, page.limit(), d -> String.valueOf(d.id)).map(DisbursementView::of));
    }

    /**
     * What the town is owed on {@code asOf} (default today) for every period of the years its policies cover (or of one
     * {@code year}): the ledger as booked by then, the disbursements made by then.
     */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<OutstandingView> outstanding(String townCode, LocalDate asOf, Integer year) {
        caller.requireTown(townCode);
        LocalDate day = clock.asOf(asOf);
        if (day.getYear() < config.firstYear() || day.getYear() > Periods.LAST_YEAR) {
            throw Problems.invalid("asOf", "must be within " + config.firstYear() + " to " + Periods.LAST_YEAR);
        }
        return facts.load(List.of(townCode), year == null ? config.firstYear() : year,
                year == null ? day.getYear() : year, day, day)
                .chain(all -> facts.deadlines().map(deadlines -> {
                    TownFacts f = all.get(townCode);
                    Integer first = f.firstPolicyYear();
                    List<OutstandingRow> rows = first == null && year == null
                            ? List.of()
                            : f.outstanding(year == null ? first : year, year == null ? day.getYear() : year, day,
                                    deadlines);
                    return new OutstandingView(townCode, day, rows, null, OutstandingSummary.of(rows));
                }));
    }
}
