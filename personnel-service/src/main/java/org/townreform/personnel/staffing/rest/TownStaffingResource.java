package org.townreform.personnel.staffing.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.personnel.staffing.TownStaffing;
import org.townreform.personnel.staffing.service.StaffingService;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/staffing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing", description = "编制实名制: registrations in quota slots and the staffing view")
public class TownStaffingResource {
    private final StaffingService service;

    public TownStaffingResource(StaffingService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getTownStaffing", summary = "The town's staffing on asOf (default today), per unit and in total")
    public Uni<TownStaffing> staffing(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return service.townStaffing(code, Params.date("asOf", asOf));
    }
}
