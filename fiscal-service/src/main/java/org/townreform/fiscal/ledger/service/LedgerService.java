package org.townreform.fiscal.ledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
     * Reverses an entry, in whole or in part, with an entry of the opposite amount in {@code period} (default the month of
     * the date): {@code amount} (default all that is left) may not exceed what the entry's earlier reversals left of it
     * (422 {@code REVERSAL_EXCEEDS_REMAINING}); an entry with nothing left is 409 {@code ALREADY_REVERSED}, a reversal
     * is not reversed (409 {@code CANNOT_REVERSE_A_REVERSAL}). Answers the reversing entry (created), or, for a resend
     * under the same {@code sourceSystem} + {@code externalRef}, the reversal first booked (not created). The town's lock
     * is held from reading the earlier reversals to booking this one, so racing reversals never together exceed the
     * entry (the database's reversal trigger is the second line).
     */
    @WithTransaction
    @RolesAllowed(Roles.COUNTY_FINANCE)
    public Uni<Recorded<RevenueEntryView>> reverse(long id, RevenueReversal in) {
        LocalDate date = clock.actionDate(in.date());
        YearMonth period = in.period() == null
                ? YearMonth.from(date)
                : Periods.parse("period", in.period(), config.firstYear());
        Periods.notAfter(period, date, "the day the reversal is booked");
        if ((in.sourceSystem() == null) != (in.externalRef() == null)) {
            throw Problems.invalid(in.sourceSystem() == null ? "sourceSystem" : "externalRef",
                    "sourceSystem and externalRef go together");
        }
        BigDecimal asked = in.amount() == null ? null : in.amount().setScale(2);
        return entries.findById(id).chain(original -> {
            if (original == null) {
                throw Problems.notFound("Revenue entry", id);
            }
            if (original.reversesId != null) {
                throw Problems.conflict("CANNOT_REVERSE_A_REVERSAL", "Entry " + id + " reverses entry "
                        + original.reversesId + "; a reversal is not reversed: record the entry again instead");
            }
            boolean ownRef = in.externalRef() != null;
            String source = ownRef ? in.sourceSystem().trim() : REVERSAL_SOURCE;
            Uni<Void> refLock = ownRef ? locks.externalRef(source, in.externalRef().trim()) : Uni.createFrom().voidItem();
            return refLock
                    .chain(() -> locks.town(original.townCode))
                    .chain(() -> ownRef ? entries.bySource(source, in.externalRef().trim()) : Uni.createFrom().nullItem())
                    .chain(sameRef -> {
                        if (sameRef != null) {
                            if (Objects.equals(sameRef.reversesId, id)
                                    && (asked == null || sameRef.amount.negate().compareTo(asked) == 0)) {
                                return view(sameRef).map(v -> new Recorded<>(v, false)); // a resent reversal
                            }
                            throw Problems.conflict("EXTERNAL_REF_REUSED", "Source system " + source
                                    + " already sent reference " + sameRef.externalRef + " as entry " + sameRef.id
                                    + (Objects.equals(sameRef.reversesId, id)
                                            ? ", a reversal of " + sameRef.amount.negate().toPlainString()
                                            : ""));
                        }
                        return entries.reversalsOf(List.of(id)).chain(byId -> {
                            List<RevenueEntry> earlier = byId.getOrDefault(id, List.of());
                            RevenueEntryView before = RevenueEntryView.of(original, earlier);
                            BigDecimal left = before.remainingAmount();
                            if (left.signum() <= 0) {
                                throw Problems.conflict("ALREADY_REVERSED", "Entry " + id + " is already reversed in "
                                        + "full by " + (earlier.size() == 1 ? "entry " : "entries ")
                                        + before.reversalIds().stream().map(String::valueOf)
                                                .collect(Collectors.joining(", ")));
                            }
                            BigDecimal amount = asked == null ? left : asked;
                            if (amount.compareTo(left) > 0) {
                                throw Problems.unprocessable("REVERSAL_EXCEEDS_REMAINING", "Entry " + id + " has "
                                        + left.toPlainString() + " left to reverse (" + original.amount.toPlainString()
                                        + ", of which " + before.reversedAmount().toPlainString()
                                        + " already reversed); " + amount.toPlainString() + " is more");
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
                            r.amount = amount.negate();
                            r.sourceSystem = source;
                            // the first reversal keeps the reference it always had; later parts are numbered
                            r.externalRef = ownRef
                                    ? in.externalRef().trim()
                                    : "reverses-" + id + (earlier.isEmpty() ? "" : "-" + (earlier.size() + 1));
                            r.enterpriseUscc = original.enterpriseUscc;
                            r.reversesId = id;
                            r.entryDate = date;
                            r.note = in.reason().trim();
                            r.recordedBy = caller.name();
                            r.recordedAt = clock.now();
                            return settlements.requireOpen(original.townCode, period.getYear(),
                                    "period " + period + " takes no reversal")
                                    .chain(() -> entries.persistAndFlush(r))
                                    .map(saved -> RevenueEntryView.of(saved, null))
                                    .call(v -> audit.record("REVENUE_REVERSED", "RevenueEntry", id,
                                            original.townCode, before, v))
                                    .map(v -> new Recorded<>(v, true));
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
