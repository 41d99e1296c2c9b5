package org.townreform.fiscal.report.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TownYearReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getTownYearReport", summary = "The year report as JSON, or as CSV (UTF-8 with BOM) with Accept: text/csv; figures as known "
            + "on asOf (default today)")
    public Uni<RestResponse<Object>> report(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("asOf") String asOf, @Context HttpHeaders headers) {
        String town = Towns.check(code);
        int y = Periods.year("year", year, config.firstYear());
        boolean csv = wantsCsv(headers);
        return service.report(town, y, Periods.date("asOf", asOf)).map(r -> csv
                ? RestResponse.ResponseBuilder.ok((Object) ReportCsv.of(r), CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"fiscal-" + town + "-" + y + ".csv\"")
                        .build()
                : RestResponse.ResponseBuilder.ok((Object) r, MediaType.APPLICATION_JSON).build());
    }

    /** CSV only when asked for by name before JSON; {@code *}{@code /*} and no Accept answer JSON. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()) {
                return false;
            }
            if ("text".equals(m.getType()) && "csv".equals(m.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
