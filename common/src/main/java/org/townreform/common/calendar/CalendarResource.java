package org.townreform.common.calendar;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.security.Roles;
import org.townreform.common.version.Versions;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * {@code /api/v1/calendar/{year}}: the working-day calendar, loaded one year at a time. It is county-wide reference data
 * every deadline of every town is computed with, so only county-wide roles that keep data load or replace a year
 * (county-org, county-finance, dept-officer; not the town roles, which act for one town, nor the supervisor, who reads).
 * A year already loaded is replaced only with the version read ({@code If-Match}, the {@code ETag} of the GET), so a
 * concurrent or mistaken second load cannot silently overwrite it.
 */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Public holidays and make-up working days (调休), one year at a time")
public class CalendarResource {
    private final CalendarService service;

    public CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCalendarYears", summary = "The years loaded")
    public Uni<List<Integer>> years() {
        return service.loadedYears();
    }

    @GET
    @Path("/{year}")
    @Authenticated
    @Operation(operationId = "getCalendarYear", summary = "One loaded year; its ETag is the version to send in If-Match to replace it")
    public Uni<RestResponse<CalendarView>> get(@PathParam("year") int year) {
        return service.get(year).map(CalendarResource::withEtag);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY_ORG, Roles.COUNTY_FINANCE, Roles.DEPT_OFFICER})
    @Operation(operationId = "putCalendarYear", summary = "Load a year, or replace a loaded one with If-Match: its version (the holiday-cn JSON shape: "
            + "year, papers, days[name, date, isOffDay]); county-org, county-finance or dept-officer")
    public Uni<RestResponse<CalendarView>> put(@PathParam("year") int year, @NotNull @Valid CalendarDocument document,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.put(year, document, ifMatch).map(CalendarResource::withEtag);
    }

    private static RestResponse<CalendarView> withEtag(CalendarView v) {
        return RestResponse.ResponseBuilder.ok(v).header(HttpHeaders.ETAG, Versions.etag(v.version())).build();
    }
}
