package org.townreform.personnel.appointment.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.paging.Page;
import org.townreform.personnel.appointment.RotationDue;
import org.townreform.personnel.appointment.service.RotationService;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/rotation-due")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "任免: appointment cases and their workflow")
public class RotationResource {
    private final RotationService service;

    public RotationResource(RotationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listRotationDue", summary = "定期轮岗: people in the same leading post longer than personnel.rotation-years on asOf (one page, longest first)")
    public Uni<Page<RotationDue>> rotationDue(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return service.due(code, Params.date("asOf", asOf)).map(items -> new Page<>(items, null));
    }
}
