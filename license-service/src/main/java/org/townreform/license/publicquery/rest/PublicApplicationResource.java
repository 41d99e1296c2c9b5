package org.townreform.license.publicquery.rest;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.townreform.common.error.Problem;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.web.RequestIds;
import org.townreform.license.complaint.ComplaintView;
import org.townreform.license.complaint.NewComplaint;
import org.townreform.license.complaint.service.ComplaintService;
import org.townreform.license.evaluation.EvaluationInput;
import org.townreform.license.evaluation.EvaluationView;
import org.townreform.license.evaluation.service.EvaluationService;
import org.townreform.license.publicquery.PublicApplicationView;
import org.townreform.license.publicquery.RateLimitedException;
import org.townreform.license.publicquery.service.PublicQueryService;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Without login, for whoever holds an application's number and verification code (SPEC §4.6): its status, and the
 * applicant's own rating and complaint. Every request counts against the client address's rate limit.
 */
@Path("/api/v1/public/applications/{number}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public", description = "No login: the applicant's status query, rating and complaint")
public class PublicApplicationResource {
    private final PublicQueryService query;
    private final EvaluationService evaluations;
    private final ComplaintService complaints;
    private final IdempotentWrites idempotent;

    public PublicApplicationResource(PublicQueryService query, EvaluationService evaluations,
            ComplaintService complaints, IdempotentWrites idempotent) {
        this.query = query;
        this.evaluations = evaluations;
        this.complaints = complaints;
        this.idempotent = idempotent;
    }

    @GET
    @Extension(name = "x-rate-limited", value = "true", parseValue = true)
    @Operation(operationId = "getPublicApplicationStatus", summary = "Status, deadline and decision of an application (no personal data); rate-limited")
    public Uni<PublicApplicationView> status(@PathParam("number") String number, @QueryParam("code") String code,
            @Context HttpServerRequest request) {
        return query.admit(address(request)).chain(() -> query.status(number, code));
    }

    @POST
    @Path("/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = "x-rate-limited", value = "true", parseValue = true)
    @Operation(operationId = "ratePublicApplication", summary = "The applicant rates the ended case (1-5), once")
    public Uni<EvaluationView> evaluate(@PathParam("number") String number, @QueryParam("code") String code,
            @NotNull @Valid EvaluationInput body, @Context HttpServerRequest request,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return query.admit(address(request)).chain(() -> idempotent.run(idempotencyKey, body, EvaluationView.class,
                () -> evaluations.recordByCode(number, code, body)));
    }

    @POST
    @Path("/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = "x-rate-limited", value = "true", parseValue = true)
    @Operation(operationId = "complainPublicApplication", summary = "The applicant complains about the handling of the application (效能投诉)")
    public Uni<ComplaintView> complain(@PathParam("number") String number, @QueryParam("code") String code,
            @NotNull @Valid NewComplaint body, @Context HttpServerRequest request,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return query.admit(address(request)).chain(() -> idempotent.run(idempotencyKey, body, ComplaintView.class,
                () -> complaints.recordByCode(number, code, body)));
    }

    private static String address(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .entity(Problem.of(e, null, RequestIds.current())).build();
    }
}
