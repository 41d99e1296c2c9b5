package org.townreform.fiscal.report.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.report.ReportCsv;
import org.townreform.fiscal.report.TownYearReport;
import org.townreform.fiscal.report.service.ReportService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/report")
@Tag(name = "Reports", description = "A town's year: revenue, growth, returns, disbursed, outstanding (SPEC §3.6)")
public class ReportResource {
    public static final String CSV = "text/csv";

    private final ReportService service;
    private final FiscalConfig config;

    public ReportResource(ReportService service, FiscalConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The year report as JSON (Accept: text/csv for the CSV export); figures as known on asOf")
    public Uni<TownYearReport> json(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("asOf") String asOf) {
        return service.report(Towns.check(code), Periods.year("year", year, config.firstYear()),
                Periods.date("asOf", asOf));
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "The year report as CSV (UTF-8 with BOM)")
    public Uni<RestResponse<String>> csv(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("asOf") String asOf) {
        String town = Towns.check(code);
        int y = Periods.year("year", year, config.firstYear());
        return service.report(town, y, Periods.date("asOf", asOf))
                .map(r -> RestResponse.ResponseBuilder.ok(ReportCsv.of(r), CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"fiscal-" + town + "-" + y + ".csv\"")
                        .build());
    }
}
