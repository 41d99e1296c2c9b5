package org.townreform.license.complaint.rest;

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
import org.townreform.license.complaint.ComplaintResolution;
import org.townreform.license.complaint.ComplaintView;
import org.townreform.license.complaint.NewComplaint;
import org.townreform.license.complaint.service.ComplaintService;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "效能投诉: complaints about service efficiency")
public class ComplaintResource {
    private final ComplaintService service;
    private final IdempotentWrites idempotent;
    private final CommonConfig config;

    public ComplaintResource(ComplaintService service, IdempotentWrites idempotent, CommonConfig config) {
        this.service = service;
        this.idempotent = idempotent;
        this.config = config;
    }

    @POST
    @Path("/complaints")
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "recordComplaint", summary = "Record a complaint (town clerk, town leader or supervisor)")
    public Uni<RestResponse<ComplaintView>> record(@NotNull @Valid NewComplaint body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/complaints", body, ComplaintView.class,
                () -> service.record(body))
                .map(v -> RestResponse.ResponseBuilder.<ComplaintView>created(URI.create("/api/v1/complaints/" + v.id()))
                        .entity(v).build());
    }

    @GET
    @Path("/complaints/{id}")
    @Operation(operationId = "getComplaint", summary = "One complaint, its due day and whether it is overdue on asOf")
    public Uni<ComplaintView> get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return service.get(Params.id("id", id), Params.date("asOf", asOf));
    }

    @POST
    @Path("/complaints/{id}/resolve")
    @Operation(operationId = "resolveComplaint", summary = "Resolve a complaint: the handler and the outcome (town leader or supervisor)")
    public Uni<ComplaintView> resolve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ComplaintResolution body, @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ComplaintView.class,
                () -> service.resolve(Params.id("id", id), ifMatch, body));
    }

    @GET
    @Path("/towns/{code}/complaints")
    @Operation(operationId = "listTownComplaints", summary = "A town's complaints in id order, optionally OPEN or RESOLVED")
    public Uni<Page<ComplaintView>> ofTown(@PathParam("code") String code, @QueryParam("status") String status,
            @QueryParam("asOf") String asOf, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        String s = status == null || status.isBlank() ? null : status.trim().toUpperCase();
        if (s != null && !s.equals("OPEN") && !s.equals("RESOLVED")) {
            throw org.townreform.common.error.Problems.invalid("status", "must be OPEN or RESOLVED");
        }
        return service.ofTown(Params.townCode("code", code), s, Params.date("asOf", asOf),
                PageRequest.of(limit, cursor, config.paging()));
    }
}
