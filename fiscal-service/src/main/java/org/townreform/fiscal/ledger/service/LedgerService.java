package org.townreform.fiscal.ledger.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

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
import org.townreform.fiscal.ledger.NewRevenueEntry;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.ledger.RevenueEntry;
import org.townreform.fiscal.ledger.RevenueEntryView;
import org.townreform.fiscal.ledger.RevenueReversal;
import org.townreform.fiscal.ledger.repository.RevenueEntryRepository;
import org.townreform.fiscal.settlement.repository.SettlementRepository;
import org.townreform.fiscal.support.Locks;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Recorded;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The revenue ledger (SPEC §3.1): recorded by the county finance bureau, append-only, idempotent on source system and
 * external reference, corrected by reversals; read by the town's own users and the supervisors.
 */
@ApplicationScoped
public class LedgerService {
    public static final String REVERSAL_SOURCE = "FISCAL-REVERSAL";

    private final RevenueEntryRepository entries;
    private final SettlementRepository settlements;
    private final Locks locks;
    private final TownRegistry towns;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final FiscalConfig config;

    public LedgerService(RevenueEntryRepository entries, SettlementRepository settlements, Locks locks,
            TownRegistry towns, Caller caller, AuditLog audit, BusinessClock clock, FiscalConfig config) {
        this.entries = entries;
        this.settlements = settlements;
        this.locks = locks;
        this.towns = towns;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Records an entry, or answers the entry already recorded under the same source system and external reference (a
     * resend). The same reference with different content is refused (409 {@code EXTERNAL_REF_REUSED}). The town must be
     * recorded in personnel-service (422 {@code UNKNOWN_TOWN}; 503 when it cannot tell).
     */
    @WithTransaction
    @RolesAllowed(Roles.COUNTY_FINANCE)
    public Uni<Recorded<RevenueEntryView>> record(NewRevenueEntry in) {
        LocalDate date = clock.actionDate(in.date());
        YearMonth period = Periods.parse("period", in.period(), config.firstYear());
        Periods.notAfter(period, date, "the day the entry is booked");
        String source = in.sourceSystem().trim();
        String ref = in.externalRef().trim();
        String uscc = in.enterpriseUscc() == null ? null : in.enterpriseUscc().trim();
        return towns.requireRecorded(in.townCode())
                .chain(() -> locks.externalRef(source, ref))
                .chain(() -> locks.town(in.townCode()))
                .chain(() -> entries.bySource(source, ref))
                .chain(existing -> {
                    if (existing != null) {
                        if (!sameContent(existing, in, period, uscc)) {
                            throw Problems.conflict("EXTERNAL_REF_REUSED", "Source system " + source
                                    + " already sent reference " + ref + " as entry " + existing.id
                                    + " with different content (town, period, category, amount or enterprise)");
                        }
                        return view(existing).map(v -> new Recorded<>(v, false));
                    }
                    RevenueEntry e = new RevenueEntry();
                    e.townCode = in.townCode();
                    e.periodYear = period.getYear();
                    e.periodMonth = period.getMonthValue();
                    e.category = in.category();
                    e.amount = in.amount().setScale(2);
                    e.sourceSystem = source;
                    e.externalRef = ref;
                    e.enterpriseUscc = uscc;
                    e.entryDate = date;
                    e.note = in.note();
                    e.recordedBy = caller.name();
                    e.recordedAt = clock.now();
                    return settlements.requireOpen(in.townCode(), period.getYear(),
                            "period " + period + " takes no new entries")
                            .chain(() -> entries.persistAndFlush(e))
                            .map(saved -> RevenueEntryView.of(saved, null))
                            .call(v -> audit.record("REVENUE_RECORDED", "RevenueEntry", v.id(), v.townCode(), null, v))
                            .map(v -> new Recorded<>(v, true));
                });
    }

    /**
     * Reverses an entry with one of the opposite amount in {@code period} (default the month of the date). A reversal
     * cannot be reversed, an entry is reversed once; answers the reversed entry as it now stands.
     */
    @WithTransaction
    @RolesAllowed(Roles.COUNTY_FINANCE)
    public Uni<RevenueEntryView> reverse(long id, RevenueReversal in) {
        LocalDate date = clock.actionDate(in.date());
        YearMonth period = in.period() == null
                ? YearMonth.from(date)
                : Periods.parse("period", in.period(), config.firstYear());
        Periods.notAfter(period, date, "the day the reversal is booked");
        if ((in.sourceSystem() == null) != (in.externalRef() == null)) {
            throw Problems.invalid(in.sourceSystem() == null ? "sourceSystem" : "externalRef",
                    "sourceSystem and externalRef go together");
        }
        return entries.findById(id).chain(original -> {
            if (original == null) {
                throw Problems.notFound("Revenue entry", id);
            }
            if (original.reversesId != null) {
                throw Problems.conflict("CANNOT_REVERSE_A_REVERSAL", "Entry " + id + " reverses entry "
                        + original.reversesId + "; a reversal is not reversed: record the entry again instead");
            }
            String source = in.sourceSystem() == null ? REVERSAL_SOURCE : in.sourceSystem().trim();
            String ref = in.externalRef() == null ? "reverses-" + id : in.externalRef().trim();
            return locks.externalRef(source, ref)
                    .chain(() -> locks.town(original.townCode))
                    .chain(() -> entries.bySource(source, ref))
                    .chain(sameRef -> {
                        if (sameRef != null && in.externalRef() != null) {
                            if (Objects.equals(sameRef.reversesId, id)) {
                                return view(original); // a resent reversal
                            }
                            throw Problems.conflict("EXTERNAL_REF_REUSED", "Source system " + source
                                    + " already sent reference " + ref + " as entry " + sameRef.id);
                        }
                        return entries.reversalOf(id).chain(done -> {
                            if (done != null) {
                                throw Problems.conflict("ALREADY_REVERSED",
                                        "Entry " + id + " is already reversed by entry " + done.id);
                            }
                            if (period.isBefore(original.period())) {
                                throw Problems.unprocessable("REVERSAL_BEFORE_ORIGINAL", "A reversal is booked in "
                                        + "the entry's period " + original.period() + " or later, not " + period);
                            }
                            RevenueEntry r = new RevenueEntry();
                            r.townCode = original.townCode;
                            r.periodYear = period.getYear();
                            r.periodMonth = period.getMonthValue();
                            r.category = original.category;
                            r.amount = original.amount.negate();
                            r.sourceSystem = source;
                            r.externalRef = ref;
                            r.enterpriseUscc = original.enterpriseUscc;
                            r.reversesId = id;
                            r.entryDate = date;
                            r.note = in.reason().trim();
                            r.recordedBy = caller.name();
                            r.recordedAt = clock.now();
                            return settlements.requireOpen(original.townCode, period.getYear(),
                                    "period " + period + " takes no reversal")
                                    .chain(() -> entries.persistAndFlush(r))
                                    .call(saved -> audit.record("REVENUE_REVERSED", "RevenueEntry", id,
                                            original.townCode, RevenueEntryView.of(original, null),
                                            RevenueEntryView.of(saved, null)))
                                    .map(saved -> RevenueEntryView.of(original, saved.id));
                        });
                    });
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<RevenueEntryView> get(long id) {
        return entries.findById(id).chain(e -> {
            if (e == null) {
                throw Problems.notFound("Revenue entry", id);
            }
            caller.requireTown(e.townCode);
            return view(e);
        });
    }

    /** A town's ledger in booking order, optionally of one year, period month and category. */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<Page<RevenueEntryView>> list(String townCode, Integer year, Integer month, RevenueCategory category,
            PageRequest page) {
        caller.requireTown(townCode);
        return entries.page(townCode, year, month, category, page.afterId(), page.fetchSize()).chain(rows -> {
            Page<RevenueEntry> p = Page.of(rows, page.limit(), e -> String.valueOf(e.id));
            return entries.reversalsOf(p.items().stream().map(e -> e.id).toList())
                    .map(rev -> p.map(e -> RevenueEntryView.of(e, rev.get(e.id))));
        });
    }

    private Uni<RevenueEntryView> view(RevenueEntry e) {
        return entries.reversalsOf(List.of(e.id)).map(rev -> RevenueEntryView.of(e, rev.get(e.id)));
    }

    private static boolean sameContent(RevenueEntry e, NewRevenueEntry in, YearMonth period, String uscc) {
        return e.reversesId == null && e.townCode.equals(in.townCode()) && e.period().equals(period)
                && e.category == in.category() && e.amount.compareTo(in.amount()) == 0
                && Objects.equals(e.enterpriseUscc, uscc);
    }
}
