package org.townreform.personnel.staffing.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.version.Versions;
import org.townreform.personnel.staffing.NewRegistration;
import org.townreform.personnel.staffing.RegistrationView;
import org.townreform.personnel.staffing.StaffingLine;
import org.townreform.personnel.staffing.service.StaffingService;
import org.townreform.personnel.support.Ids;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/units/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing", description = "编制实名制: registrations in quota slots and the staffing view")
public class UnitRegistrationResource {
    private final StaffingService service;
    private final IdempotentWrites idempotent;
    private final CommonConfig config;

    public UnitRegistrationResource(StaffingService service, IdempotentWrites idempotent, CommonConfig config) {
        this.service = service;
        this.idempotent = idempotent;
        this.config = config;
    }

    @POST
    @Path("/registrations")
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "registerInUnit", summary = "Register a person in a slot of the unit (409 QUOTA_EXCEEDED when no slot of their type is left)")
    public Uni<RestResponse<RegistrationView>> register(@PathParam("id") String id,
            @NotNull @Valid NewRegistration body, @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        long unitId = Ids.parse("id", id);
        return idempotent.run(idempotencyKey, "POST /api/v1/units/" + unitId + "/registrations", body,
                RegistrationView.class, () -> service.register(unitId, body))
                .map(r -> RestResponse.ResponseBuilder
                        .<RegistrationView>created(URI.create("/api/v1/registrations/" + r.id()))
                        .entity(r).header(HttpHeaders.ETAG, Versions.etag(r.version())).build());
    }

    @GET
    @Path("/registrations")
    @Operation(operationId = "listUnitRegistrations", summary = "Registrations of the unit in id order (open ones only unless all=true)")
    public Uni<Page<RegistrationView>> list(@PathParam("id") String id, @QueryParam("all") String all,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.ofUnit(Ids.parse("id", id), !Params.bool("all", all, false),
                PageRequest.of(Params.limit(limit), cursor, config.paging()));
    }

    @GET
    @Path("/staffing")
    @Operation(operationId = "getUnitStaffing", summary = "The unit's staffing on asOf (default today): quota, occupied, vacant, vacancy rate")
    public Uni<StaffingLine> staffing(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return service.unitStaffing(Ids.parse("id", id), Params.date("asOf", asOf));
    }
}
