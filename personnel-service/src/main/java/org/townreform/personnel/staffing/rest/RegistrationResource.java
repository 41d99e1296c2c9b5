package org.townreform.personnel.staffing.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.personnel.staffing.RegistrationEnd;
import org.townreform.personnel.staffing.RegistrationView;
import org.townreform.personnel.staffing.service.StaffingService;
import org.townreform.personnel.support.Ids;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing", description = "编制实名制: registrations in quota slots and the staffing view")
public class RegistrationResource {
    private final StaffingService service;
    private final IdempotentWrites idempotent;

    public RegistrationResource(StaffingService service, IdempotentWrites idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRegistration", summary = "One registration")
    public Uni<RegistrationView> get(@PathParam("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @POST
    @Path("/{id}/end")
    @Operation(operationId = "endRegistration", summary = "End a registration (there is no DELETE): the slot is free from the day")
    public Uni<RegistrationView> end(@PathParam("id") String id, @NotNull @Valid RegistrationEnd body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, RegistrationView.class, () -> service.end(Ids.parse("id", id), body));
    }
}
