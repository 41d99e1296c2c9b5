package org.townreform.fiscal.disbursement.graphql;

import java.time.LocalDate;

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
import org.townreform.fiscal.disbursement.DisbursementView;
import org.townreform.fiscal.disbursement.NewDisbursement;
import org.townreform.fiscal.disbursement.OutstandingView;
import org.townreform.fiscal.disbursement.service.DisbursementService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class DisbursementGraphQL {
    private final DisbursementService service;
    private final CommonConfig common;
    private final FiscalConfig config;

    public DisbursementGraphQL(DisbursementService service, CommonConfig common, FiscalConfig config) {
        this.service = service;
        this.common = common;
        this.config = config;
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("disbursements")
    @Description("A town's disbursements (调拨) in recording order (id order), optionally of one year's periods. "
            + Descriptions.READERS)
    public Uni<DisbursementConnection> disbursements(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description("Only the disbursements for periods of this year; every year when left out. "
                    + Descriptions.YEAR) @Name("year") Integer year,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        if (year != null) {
            Periods.checkYear("year", year, config.firstYear());
        }
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, common.paging());
        return service.list(Towns.check(townCode), year, page)
                .map(p -> new DisbursementConnection(p, page));
    }

    @Query("outstanding")
    @Description("Returns owed per period and earmark on asOf (default today), with due, late and overdue amounts. "
            + Descriptions.READERS)
    public Uni<OutstandingView> outstanding(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf,
            @Description("Only the periods of this year; every year from the town's first policy version to asOf's when left out. "
                    + Descriptions.YEAR) @Name("year") Integer year) {
        if (year != null) {
            Periods.checkYear("year", year, config.firstYear());
        }
        return service.outstanding(Towns.check(townCode), asOf, year);
    }

    @Mutation("recordDisbursement")
    @Description("Record a disbursement (county-finance); partial allowed, never beyond what is outstanding "
            + "(OVER_DISBURSEMENT); a voucher number once per town (DUPLICATE_VOUCHER). " + Descriptions.WRITERS)
    public Uni<DisbursementView> recordDisbursement(
            @Description(Descriptions.TOWN_CODE_WRITE) @NotNull @Name("townCode") String townCode,
            @Description("The period and earmark paid, the voucher, the day and the amount") @NotNull @Valid @Name("disbursement") NewDisbursement disbursement) {
        return service.record(Towns.check(townCode), disbursement);
    }
}
