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
import org.townreform.common.security.Roles;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** {@code /api/v1/calendar/{year}}: the working-day calendar, loaded one year at a time (SPEC §1). */
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
    @Operation(summary = "The years loaded")
    public Uni<List<Integer>> years() {
        return service.loadedYears();
    }

    @GET
    @Path("/{year}")
    @Authenticated
    @Operation(summary = "One loaded year")
    public Uni<CalendarView> get(@PathParam("year") int year) {
        return service.get(year);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY_ORG, Roles.COUNTY_FINANCE, Roles.DEPT_OFFICER})
    @Operation(summary = "Load or replace a year (the holiday-cn JSON shape: year, papers, days[name, date, isOffDay])")
    public Uni<CalendarView> put(@PathParam("year") int year, @NotNull @Valid CalendarDocument document,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.put(year, document, ifMatch);
    }
}
