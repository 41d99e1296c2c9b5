package org.townreform.personnel.unit.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.version.Versions;
import org.townreform.personnel.support.Ids;
import org.townreform.personnel.unit.UnitAbolition;
import org.townreform.personnel.unit.UnitMerge;
import org.townreform.personnel.unit.UnitUpdate;
import org.townreform.personnel.unit.UnitView;
import org.townreform.personnel.unit.service.UnitService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Organisation units (机构) of a town")
public class UnitResource {
    private final UnitService service;
    private final IdempotentWrites idempotent;

    public UnitResource(UnitService service, IdempotentWrites idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUnit", summary = "One unit")
    public Uni<RestResponse<UnitView>> get(@PathParam("id") String id) {
        return service.get(Ids.parse("id", id)).map(UnitResource::withEtag);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateUnit", summary = "Change an active unit's facts (If-Match: version); quotas never below the slots occupied")
    public Uni<RestResponse<UnitView>> update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid UnitUpdate body) {
        return service.update(Ids.parse("id", id), ifMatch, body).map(UnitResource::withEtag);
    }

    @POST
    @Path("/{id}/merge")
    @Operation(operationId = "mergeUnits", summary = "合并组建: merge the listed units into this one; their staff registrations move here in one transaction")
    public Uni<RestResponse<UnitView>> merge(@PathParam("id") String id, @NotNull @Valid UnitMerge body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, UnitView.class,
                () -> service.merge(Ids.parse("id", id), body)).map(UnitResource::withEtag);
    }

    @POST
    @Path("/{id}/abolish")
    @Operation(operationId = "abolishUnit", summary = "撤销: close a unit that holds no open registration")
    public Uni<RestResponse<UnitView>> abolish(@PathParam("id") String id, @NotNull @Valid UnitAbolition body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, UnitView.class,
                () -> service.abolish(Ids.parse("id", id), body)).map(UnitResource::withEtag);
    }

    private static RestResponse<UnitView> withEtag(UnitView u) {
        return RestResponse.ResponseBuilder.ok(u).header(HttpHeaders.ETAG, Versions.etag(u.version())).build();
    }
}
