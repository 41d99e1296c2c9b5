package org.townreform.license.agreement.rest;

import java.net.URI;
import java.util.List;

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
import org.townreform.license.agreement.AgreementAction;
import org.townreform.license.agreement.AgreementChange;
import org.townreform.license.agreement.AgreementView;
import org.townreform.license.agreement.NewAgreement;
import org.townreform.license.agreement.service.AgreementService;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.application.service.ApplicationService;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Delegation agreements (委托协议书) between departments and towns")
public class AgreementResource {
    private final AgreementService service;
    private final ApplicationService applications;
    private final IdempotentWrites idempotent;
    private final CommonConfig config;

    public AgreementResource(AgreementService service, ApplicationService applications, IdempotentWrites idempotent,
            CommonConfig config) {
        this.service = service;
        this.applications = applications;
        this.idempotent = idempotent;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listAgreements", summary = "Agreements in id order, optionally of one town or department; status on asOf")
    public Uni<Page<AgreementView>> list(@QueryParam("town") String town, @QueryParam("department") String department,
            @QueryParam("asOf") String asOf, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor, config.paging()), blankToNull(town), blankToNull(department),
                Params.date("asOf", asOf));
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "createAgreement", summary = "Record an agreement of your department (dept-officer)")
    public Uni<RestResponse<AgreementView>> create(@NotNull @Valid NewAgreement body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/agreements", body, AgreementView.class,
                () -> service.create(body))
                .map(v -> RestResponse.ResponseBuilder.<AgreementView>created(URI.create("/api/v1/agreements/" + v.id()))
                        .entity(v).header(HttpHeaders.ETAG, Versions.etag(v.version())).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgreement", summary = "One agreement, its status on asOf (default today)")
    public Uni<RestResponse<AgreementView>> get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return service.get(Params.id("id", id), Params.date("asOf", asOf)).map(AgreementResource::ok);
    }

    @GET
    @Path("/{id}/open-applications")
    @Operation(operationId = "listAgreementOpenApplications", summary = "Open applications under the agreement: to transfer back to the department once it is "
            + "suspended or revoked")
    public Uni<Page<ApplicationView>> openApplications(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return applications.openOfAgreement(Params.id("id", id), Params.date("asOf", asOf))
                .map(list -> new Page<>(List.copyOf(list), null));
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(operationId = "suspendAgreement", summary = "Suspend the agreement from date (default today)")
    public Uni<RestResponse<AgreementView>> suspend(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid AgreementChange body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AgreementView.class,
                () -> service.act(Params.id("id", id), AgreementAction.SUSPEND, body, ifMatch)).map(AgreementResource::ok);
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(operationId = "revokeAgreement", summary = "Revoke the agreement from date (default today); final")
    public Uni<RestResponse<AgreementView>> revoke(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid AgreementChange body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AgreementView.class,
                () -> service.act(Params.id("id", id), AgreementAction.REVOKE, body, ifMatch)).map(AgreementResource::ok);
    }

    @POST
    @Path("/{id}/reinstate")
    @Operation(operationId = "reinstateAgreement", summary = "Reinstate a suspended agreement from date (default today)")
    public Uni<RestResponse<AgreementView>> reinstate(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid AgreementChange body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AgreementView.class,
                () -> service.act(Params.id("id", id), AgreementAction.REINSTATE, body, ifMatch)).map(AgreementResource::ok);
    }

    private static RestResponse<AgreementView> ok(AgreementView v) {
        return RestResponse.ResponseBuilder.ok(v).header(HttpHeaders.ETAG, Versions.etag(v.version())).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
