package org.townreform.personnel.town.rest;

import java.net.URI;
import java.time.LocalDate;

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
import org.townreform.personnel.town.NewLeadershipPostChange;
import org.townreform.personnel.town.NewTown;
import org.townreform.personnel.town.TownUpdate;
import org.townreform.personnel.town.TownView;
import org.townreform.personnel.town.service.TownService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Towns", description = "Towns and subdistricts, the system of record for townCode")
public class TownResource {
    private final TownService service;
    private final IdempotentWrites idempotent;
    private final CommonConfig config;

    public TownResource(TownService service, IdempotentWrites idempotent, CommonConfig config) {
        this.service = service;
        this.idempotent = idempotent;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listTowns", summary = "Towns in code order (a town user sees only their own)")
    public Uni<Page<TownView>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
            @QueryParam("asOf") LocalDate asOf) {
        return service.list(PageRequest.of(limit, cursor, config.paging()), asOf);
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "createTown", summary = "Record a town (county-org)")
    public Uni<RestResponse<TownView>> create(@NotNull @Valid NewTown body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/towns", body, TownView.class, () -> service.create(body))
                .map(t -> RestResponse.ResponseBuilder.<TownView>created(URI.create("/api/v1/towns/" + t.code()))
                        .entity(t).header(HttpHeaders.ETAG, Versions.etag(t.version())).build());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getTown", summary = "One town, its limits as they stand on asOf (default today)")
    public Uni<RestResponse<TownView>> get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return service.get(code, asOf).map(TownResource::withEtag);
    }

    @PUT
    @Path("/{code}")
    @Operation(operationId = "updateTown", summary = "Change a town's name, county, category, pilot status or office limit (If-Match: version)")
    public Uni<RestResponse<TownView>> update(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid TownUpdate body) {
        return service.update(code, ifMatch, body).map(TownResource::withEtag);
    }

    @POST
    @Path("/{code}/leadership-post-changes")
    @Operation(operationId = "changeLeadershipPosts", summary = "Record a dated decision adding or removing leadership posts (领导职数)")
    public Uni<TownView> changeLeadershipPosts(@PathParam("code") String code,
            @NotNull @Valid NewLeadershipPostChange body, @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, TownView.class, () -> service.recordLeadershipPostChange(code, body));
    }

    private static RestResponse<TownView> withEtag(TownView t) {
        return RestResponse.ResponseBuilder.ok(t).header(HttpHeaders.ETAG, Versions.etag(t.version())).build();
    }
}
