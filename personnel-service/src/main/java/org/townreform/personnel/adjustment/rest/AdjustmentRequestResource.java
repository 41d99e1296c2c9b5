package org.townreform.personnel.adjustment.rest;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.personnel.adjustment.AdjustmentRequestView;
import org.townreform.personnel.adjustment.AdjustmentResolution;
import org.townreform.personnel.adjustment.NewAdjustmentRequest;
import org.townreform.personnel.adjustment.service.AdjustmentService;
import org.townreform.personnel.support.Ids;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/adjustment-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adjustment requests", description = "书面调整意见 about heads of DUAL units, due within one calendar month")
public class AdjustmentRequestResource {
    private final AdjustmentService service;
    private final IdempotentWrites idempotent;

    public AdjustmentRequestResource(AdjustmentService service, IdempotentWrites idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "createAdjustmentRequest", summary = "town-leader: send a written adjustment request about the head of a DUAL unit")
    public Uni<RestResponse<AdjustmentRequestView>> create(@NotNull @Valid NewAdjustmentRequest body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/adjustment-requests", body, AdjustmentRequestView.class,
                () -> service.create(body))
                .map(r -> RestResponse.ResponseBuilder
                        .<AdjustmentRequestView>created(URI.create("/api/v1/adjustment-requests/" + r.id()))
                        .entity(r).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdjustmentRequest", summary = "One request, its deadline and whether it is overdue on asOf (default today)")
    public Uni<AdjustmentRequestView> get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return service.get(Ids.parse("id", id), Params.date("asOf", asOf));
    }

    @POST
    @Path("/{id}/resolve")
    @Operation(operationId = "resolveAdjustmentRequest", summary = "dept-officer of the unit's department: record the action taken (ADJUSTED or RETAINED)")
    public Uni<AdjustmentRequestView> resolve(@PathParam("id") String id, @NotNull @Valid AdjustmentResolution body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AdjustmentRequestView.class,
                () -> service.resolve(Ids.parse("id", id), body));
    }
}
