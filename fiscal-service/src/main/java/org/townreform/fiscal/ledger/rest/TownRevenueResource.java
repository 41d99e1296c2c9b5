package org.townreform.fiscal.ledger.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.error.Problems;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.ledger.RevenueEntryView;
import org.townreform.fiscal.ledger.service.LedgerService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/revenue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue ledger")
public class TownRevenueResource {
    private final LedgerService service;
    private final CommonConfig common;
    private final FiscalConfig config;

    public TownRevenueResource(LedgerService service, CommonConfig common, FiscalConfig config) {
        this.service = service;
        this.common = common;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listTownRevenueEntries", summary = "A town's ledger entries in booking order; filter by year, period (YYYY-MM) and category")
    public Uni<Page<RevenueEntryView>> list(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("period") String period, @QueryParam("category") String category,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Towns.check(code);
        Integer y = year == null || year.isBlank() ? null : Periods.year("year", year, config.firstYear());
        Integer m = null;
        if (period != null && !period.isBlank()) {
            var p = Periods.parse("period", period, config.firstYear());
            if (y != null && y != p.getYear()) {
                throw Problems.invalid("period", "is not in year " + y);
            }
            y = p.getYear();
            m = p.getMonthValue();
        }
        RevenueCategory c = category == null || category.isBlank() ? null : Towns.category(category);
        return service.list(code, y, m, c, PageRequest.of(limit, cursor, common.paging()));
    }
}
