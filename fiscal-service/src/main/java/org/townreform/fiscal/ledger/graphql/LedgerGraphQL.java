package org.townreform.fiscal.ledger.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.ledger.NewRevenueEntry;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.ledger.RevenueEntryView;
import org.townreform.fiscal.ledger.RevenueReversal;
import org.townreform.fiscal.ledger.service.LedgerService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Recorded;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class LedgerGraphQL {
    private final LedgerService service;
    private final CommonConfig common;
    private final FiscalConfig config;

    public LedgerGraphQL(LedgerService service, CommonConfig common, FiscalConfig config) {
        this.service = service;
        this.common = common;
        this.config = config;
    }

    @Query("revenueEntries")
    @Description("A town's ledger entries in booking order, optionally of a year, a period (YYYY-MM) and a category")
    public Uni<Page<RevenueEntryView>> revenueEntries(@NotNull @Name("townCode") String townCode,
            @Name("year") Integer year, @Name("period") String period, @Name("category") RevenueCategory category,
            @Name("limit") Integer limit, @Name("cursor") String cursor) {
        Towns.check(townCode);
        Integer y = year;
        Integer m = null;
        if (y != null) {
            Periods.checkYear("year", y, config.firstYear());
        }
        if (period != null) {
            var p = Periods.parse("period", period, config.firstYear());
            y = p.getYear();
            m = p.getMonthValue();
        }
        return service.list(townCode, y, m, category, PageRequest.of(limit, cursor, common.paging()));
    }

    @Query("revenueEntry")
    @Description("One ledger entry by id")
    public Uni<RevenueEntryView> revenueEntry(@NotNull @Name("id") String id) {
        return service.get(Periods.id("id", id));
    }

    @Mutation("recordRevenueEntry")
    @Description("Record a revenue entry (county-finance); a resend with the same sourceSystem and externalRef answers "
            + "the entry first recorded")
    public Uni<RevenueEntryView> recordRevenueEntry(@NotNull @Valid @Name("entry") NewRevenueEntry entry) {
        return service.record(entry).map(Recorded::value);
    }

    @Mutation("reverseRevenueEntry")
    @Description("Reverse a ledger entry in whole or in part (county-finance): books the opposite of reversal.amount "
            + "(default all that is left) and answers the reversing entry (for a resend with the same sourceSystem and "
            + "externalRef, the reversal first booked)")
    public Uni<RevenueEntryView> reverseRevenueEntry(@NotNull @Name("id") String id,
            @NotNull @Valid @Name("reversal") RevenueReversal reversal) {
        return service.reverse(Periods.id("id", id), reversal).map(Recorded::value);
    }
}
