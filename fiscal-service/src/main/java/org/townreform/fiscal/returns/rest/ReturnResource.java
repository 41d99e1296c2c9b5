package org.townreform.fiscal.returns.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.error.Problems;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.returns.PeriodReturnsView;
import org.townreform.fiscal.returns.YearReturnsView;
import org.townreform.fiscal.returns.service.ReturnService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/returns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns", description = "Return lines computed from the ledger and the policy (SPEC §3.3)")
public class ReturnResource {
    private final ReturnService service;
    private final FiscalConfig config;

    public ReturnResource(ReturnService service, FiscalConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @APIResponse(responseCode = "200", description = "PeriodReturns for ?period=, YearReturns for ?year=", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {
            PeriodReturnsView.class, YearReturnsView.class})))
    @Operation(operationId = "getReturns", summary = "?period=YYYY-MM: that month's lines with what was disbursed against them (PeriodReturns); "
            + "?year=YYYY: the year's lines per rule (YearReturns)")
    public Uni<Object> get(@PathParam("code") String code, @QueryParam("period") String period,
            @QueryParam("year") String year) {
        String town = Towns.check(code);
        boolean hasPeriod = period != null && !period.isBlank();
        boolean hasYear = year != null && !year.isBlank();
        if (hasPeriod == hasYear) {
            throw Problems.invalid("period", "give either period=YYYY-MM or year=YYYY");
        }
        return hasPeriod
                ? service.period(town, period).map(v -> (Object) v)
                : service.year(town, Periods.year("year", year, config.firstYear())).map(v -> (Object) v);
    }
}
