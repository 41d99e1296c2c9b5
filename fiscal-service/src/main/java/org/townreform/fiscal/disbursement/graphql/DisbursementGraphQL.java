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
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
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

    @Query("disbursements")
    @Description("A town's disbursements in recording order, optionally of one year's periods")
    public Uni<Page<DisbursementView>> disbursements(@NotNull @Name("townCode") String townCode,
            @Name("year") Integer year, @Name("limit") Integer limit, @Name("cursor") String cursor) {
        if (year != null) {
            Periods.checkYear("year", year, config.firstYear());
        }
        return service.list(Towns.check(townCode), year, PageRequest.of(limit, cursor, common.paging()));
    }

    @Query("outstanding")
    @Description("Returns owed per period and earmark on asOf (default today), with due, late and overdue amounts")
    public Uni<OutstandingView> outstanding(@NotNull @Name("townCode") String townCode, @Name("asOf") LocalDate asOf,
            @Name("year") Integer year) {
        if (year != null) {
            Periods.checkYear("year", year, config.firstYear());
        }
        return service.outstanding(Towns.check(townCode), asOf, year);
    }

    @Mutation("recordDisbursement")
    @Description("Record a disbursement (county-finance); partial allowed, never beyond what is outstanding")
    public Uni<DisbursementView> recordDisbursement(@NotNull @Name("townCode") String townCode,
            @NotNull @Valid @Name("disbursement") NewDisbursement disbursement) {
        return service.record(Towns.check(townCode), disbursement);
    }
}
