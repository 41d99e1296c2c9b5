package org.townreform.fiscal.report.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.error.Problems;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.report.FiscalYearView;
import org.townreform.fiscal.report.service.ReportService;
import org.townreform.fiscal.support.Periods;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/fiscal-year-views")
@Tag(name = "Reports")
public class FiscalYearViewResource {
    private final ReportService service;
    private final FiscalConfig config;

    public FiscalYearViewResource(ReportService service, FiscalConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listFiscalYearViews", summary = "Several towns' fiscal year in one call, in the order asked (towns=code,code,...); null for a "
            + "town outside a town user's scope")
    public Uni<List<FiscalYearView>> views(@QueryParam("towns") String towns, @QueryParam("year") String year,
            @QueryParam("asOf") String asOf) {
        if (towns == null || towns.isBlank()) {
            throw Problems.invalid("towns", "give one or more town codes separated by commas");
        }
        List<String> codes = Arrays.stream(towns.split(",", -1)).map(String::trim).toList();
        if (codes.stream().anyMatch(String::isEmpty)) {
            throw Problems.invalid("towns", "give one or more town codes separated by commas, none empty");
        }
        return service.yearViews(codes, Periods.year("year", year, config.firstYear()), Periods.date("asOf", asOf));
    }
}
