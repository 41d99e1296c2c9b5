package org.townreform.personnel.unit.rest;

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
import org.townreform.personnel.support.Params;
import org.townreform.personnel.unit.NewUnit;
import org.townreform.personnel.unit.UnitKind;
import org.townreform.personnel.unit.UnitStatus;
import org.townreform.personnel.unit.UnitView;
import org.townreform.personnel.unit.service.UnitService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Organisation units (机构) of a town")
public class TownUnitResource {
    private final UnitService service;
    private final IdempotentWrites idempotent;
    private final CommonConfig config;

    public TownUnitResource(UnitService service, IdempotentWrites idempotent, CommonConfig config) {
        this.service = service;
        this.idempotent = idempotent;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listTownUnits", summary = "Units of a town in id order; q finds a unit by its name or any of its extra nameplates (加挂牌子)")
    public Uni<Page<UnitView>> list(@PathParam("code") String code, @QueryParam("q") String q,
            @QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(code, q, Params.enumValue("kind", UnitKind.class, kind),
                Params.enumValue("status", UnitStatus.class, status),
                PageRequest.of(Params.limit(limit), cursor, config.paging()));
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "createUnit", summary = "Set up a unit (offices and bureaus within the town's limit; no rank for public institutions)")
    public Uni<RestResponse<UnitView>> create(@PathParam("code") String code, @NotNull @Valid NewUnit body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/towns/" + code + "/units", body, UnitView.class,
                () -> service.create(code, body))
                .map(u -> RestResponse.ResponseBuilder.<UnitView>created(URI.create("/api/v1/units/" + u.id()))
                        .entity(u).header(HttpHeaders.ETAG, Versions.etag(u.version())).build());
    }
}
