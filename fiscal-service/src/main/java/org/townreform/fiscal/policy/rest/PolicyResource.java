package org.townreform.fiscal.policy.rest;

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
import org.townreform.fiscal.policy.NewPolicy;
import org.townreform.fiscal.policy.PolicyEnd;
import org.townreform.fiscal.policy.PolicyView;
import org.townreform.fiscal.policy.service.PolicyService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing policies", description = "Versioned return policies per town (SPEC §3.2)")
public class PolicyResource {
    private final PolicyService service;
    private final IdempotentWrites idempotent;
    private final CommonConfig common;

    public PolicyResource(PolicyService service, IdempotentWrites idempotent, CommonConfig common) {
        this.service = service;
        this.idempotent = idempotent;
        this.common = common;
    }

    @GET
    @Operation(operationId = "listPolicies", summary = "A town's policy versions, oldest first")
    public Uni<Page<PolicyView>> list(@PathParam("code") String code, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(Towns.check(code), PageRequest.of(limit, cursor, common.paging()));
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "createPolicy", summary = "Record a new policy version (county-finance): whole months, never overlapping another version")
    public Uni<RestResponse<PolicyView>> create(@PathParam("code") String code, @NotNull @Valid NewPolicy body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        String town = Towns.check(code);
        return idempotent.run(idempotencyKey, "POST /api/v1/towns/" + town + "/policies", body, PolicyView.class,
                () -> service.create(town, body))
                .map(p -> RestResponse.ResponseBuilder.<PolicyView>created(
                        URI.create("/api/v1/towns/" + town + "/policies/" + p.id()))
                        .entity(p).header(HttpHeaders.ETAG, Versions.etag(p.version())).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPolicy", summary = "One policy version")
    public Uni<RestResponse<PolicyView>> get(@PathParam("code") String code, @PathParam("id") String id) {
        return service.get(Towns.check(code), Periods.id("id", id)).map(PolicyResource::withEtag);
    }

    @POST
    @Path("/{id}/end")
    @Operation(operationId = "endPolicy", summary = "End a policy version on the last day of an earlier month (county-finance; If-Match: version)")
    public Uni<RestResponse<PolicyView>> end(@PathParam("code") String code, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PolicyEnd body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, PolicyView.class,
                () -> service.end(Towns.check(code), Periods.id("id", id), ifMatch, body)).map(PolicyResource::withEtag);
    }

    private static RestResponse<PolicyView> withEtag(PolicyView p) {
        return RestResponse.ResponseBuilder.ok(p).header(HttpHeaders.ETAG, Versions.etag(p.version())).build();
    }
}
