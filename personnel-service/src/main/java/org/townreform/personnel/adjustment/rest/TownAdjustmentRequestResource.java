package org.townreform.personnel.adjustment.rest;

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
import org.townreform.personnel.adjustment.AdjustmentRequestView;
import org.townreform.personnel.adjustment.AdjustmentStatus;
import org.townreform.personnel.adjustment.service.AdjustmentService;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/adjustment-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adjustment requests", description = "书面调整意见 about heads of DUAL units, due within one calendar month")
public class TownAdjustmentRequestResource {
    private final AdjustmentService service;
    private final CommonConfig config;

    public TownAdjustmentRequestResource(AdjustmentService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listTownAdjustmentRequests", summary = "Requests of a town in id order, optionally of one status, overdue flags as of asOf")
    public Uni<Page<AdjustmentRequestView>> list(@PathParam("code") String code, @QueryParam("status") String status,
            @QueryParam("asOf") String asOf, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(code, Params.enumValue("status", AdjustmentStatus.class, status), Params.date("asOf", asOf),
                PageRequest.of(Params.limit(limit), cursor, config.paging()));
    }
}
