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
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.PageRequest;
import org.townreform.fiscal.config.Descriptions;
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

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("revenueEntries")
    @Description("A town's ledger entries in booking order (id order), reversals included, optionally of a year, a "
            + "period (YYYY-MM) and a category. " + Descriptions.READERS)
    public Uni<RevenueEntryConnection> revenueEntries(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description("Only the entries of this year's periods; every year when left out. "
                    + Descriptions.YEAR) @Name("year") Integer year,
            @Description("Only the entries of this period, YYYY-MM; takes the place of year when both are given") @Name("period") String period,
            @Description("Only the entries of this category; every category when left out") @Name("category") RevenueCategory category,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
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
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, common.paging());
        return service.list(townCode, y, m, category, page)
                .map(p -> new RevenueEntryConnection(p, page));
    }

    @Query("revenueEntry")
    @Description("One ledger entry by id (NOT_FOUND when there is none). " + Descriptions.READERS)
    public Uni<RevenueEntryView> revenueEntry(
            @Description("Id of the entry (RevenueEntry.id), digits") @NotNull @Name("id") String id) {
        return service.get(Periods.id("id", id));
    }

    @Mutation("recordRevenueEntry")
    @Description("Record a revenue entry (county-finance); a resend with the same sourceSystem and externalRef answers "
            + "the entry first recorded, the same reference with other content is refused (EXTERNAL_REF_REUSED); "
            + "refused in a settled year (PERIOD_CLOSED) or for a period after the booking date (PERIOD_IN_FUTURE). "
            + Descriptions.WRITERS)
    public Uni<RevenueEntryView> recordRevenueEntry(
            @Description("The entry as the source system sends it: town, period, category, amount and its reference") @NotNull @Valid @Name("entry") NewRevenueEntry entry) {
        return service.record(entry).map(Recorded::value);
    }

    @Mutation("reverseRevenueEntry")
    @Description("Reverse a ledger entry in whole or in part (county-finance): books the opposite of reversal.amount "
            + "(default all that is left) and answers the reversing entry (for a resend with the same sourceSystem and "
            + "externalRef, the reversal first booked). Refused for an entry with nothing left (ALREADY_REVERSED), more "
            + "than is left (REVERSAL_EXCEEDS_REMAINING), a reversal (CANNOT_REVERSE_A_REVERSAL), a period before the "
            + "entry's (REVERSAL_BEFORE_ORIGINAL) or in a settled year (PERIOD_CLOSED). " + Descriptions.WRITERS)
    public Uni<RevenueEntryView> reverseRevenueEntry(
            @Description("Id of the entry to reverse (RevenueEntry.id), digits") @NotNull @Name("id") String id,
            @Description("The reason, and optionally the amount, period, date and the sending system's reference") @NotNull @Valid @Name("reversal") RevenueReversal reversal) {
        return service.reverse(Periods.id("id", id), reversal).map(Recorded::value);
    }
}
