package org.townreform.personnel.appointment.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.appointment.AppointmentStatus;
import org.townreform.personnel.appointment.AppointmentView;
import org.townreform.personnel.appointment.service.AppointmentService;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "任免: appointment cases and their workflow")
public class TownAppointmentResource {
    private final AppointmentService service;
    private final CommonConfig config;

    public TownAppointmentResource(AppointmentService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listTownAppointments", summary = "Cases of a town in id order, optionally of one status")
    public Uni<Page<AppointmentView>> list(@PathParam("code") String code, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(code, Params.enumValue("status", AppointmentStatus.class, status),
                PageRequest.of(Params.limit(limit), cursor, config.paging()));
    }
}
