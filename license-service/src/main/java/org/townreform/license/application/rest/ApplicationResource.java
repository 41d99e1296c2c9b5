package org.townreform.license.application.rest;

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
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.version.Versions;
import org.townreform.license.application.ActionInput;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.application.DecisionInput;
import org.townreform.license.application.FilingInput;
import org.townreform.license.application.ForwardingAnswer;
import org.townreform.license.application.NewApplication;
import org.townreform.license.application.SupplementInput;
import org.townreform.license.application.SupplementRequest;
import org.townreform.license.application.service.ApplicationService;
import org.townreform.license.config.Params;
import org.townreform.license.evaluation.EvaluationInput;
import org.townreform.license.evaluation.EvaluationView;
import org.townreform.license.evaluation.service.EvaluationService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications (办件) to the town's one-stop service centre")
public class ApplicationResource {
    private final ApplicationService service;
    private final EvaluationService evaluations;
    private final IdempotentWrites idempotent;

    public ApplicationResource(ApplicationService service, EvaluationService evaluations,
            IdempotentWrites idempotent) {
        this.service = service;
        this.evaluations = evaluations;
        this.idempotent = idempotent;
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "submitApplication", summary = "Submit an application; the answer carries its number and the verification code (given once)")
    public Uni<RestResponse<ApplicationView>> submit(@NotNull @Valid NewApplication body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/applications", body, ApplicationView.class,
                () -> service.submit(body))
                .map(v -> RestResponse.ResponseBuilder.<ApplicationView>created(
                        URI.create("/api/v1/applications/" + v.id())).entity(v)
                        .header(HttpHeaders.ETAG, Versions.etag(v.version())).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApplication", summary = "One application, deadlines and light as they stand on asOf (default today)")
    public Uni<RestResponse<ApplicationView>> get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return service.get(Params.id("id", id), Params.date("asOf", asOf)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptApplication", summary = "Accept (受理): all required materials present, an ACTIVE agreement covering the item that day")
    public Uni<RestResponse<ApplicationView>> accept(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.accept(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(operationId = "rejectApplication", summary = "Refuse to accept (不予受理), with a reason")
    public Uni<RestResponse<ApplicationView>> reject(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.reject(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/request-supplement")
    @Operation(operationId = "requestSupplement", summary = "Send the one-time supplement notice (一次性告知) listing everything missing; the clock stops")
    public Uni<RestResponse<ApplicationView>> requestSupplement(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid SupplementRequest body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.requestSupplement(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/supplement")
    @Operation(operationId = "supplementApplication", summary = "Record the applicant's supplement; the clock runs again")
    public Uni<RestResponse<ApplicationView>> supplement(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid SupplementInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.supplement(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/start-review")
    @Operation(operationId = "startReview", summary = "Start the review of an accepted application")
    public Uni<RestResponse<ApplicationView>> startReview(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.startReview(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveApplication", summary = "Approve (town-leader); ENFORCEMENT items need a certified reviewerId; PRE_REVIEW items are "
            + "forwarded to the department")
    public Uni<RestResponse<ApplicationView>> approve(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid DecisionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.approve(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/deny")
    @Operation(operationId = "denyApplication", summary = "Deny (town-leader), with a reason; ENFORCEMENT items need a certified reviewerId")
    public Uni<RestResponse<ApplicationView>> deny(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid DecisionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.deny(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/file")
    @Operation(operationId = "fileDecision", summary = "Record the filing (备案) of the decision: the department's receipt number and date")
    public Uni<RestResponse<ApplicationView>> file(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid FilingInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.file(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawApplication", summary = "Record the applicant's withdrawal")
    public Uni<RestResponse<ApplicationView>> withdraw(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.withdraw(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/transfer")
    @Operation(operationId = "transferApplication", summary = "Transfer the case back to the department (e.g. its agreement was suspended or revoked)")
    public Uni<RestResponse<ApplicationView>> transfer(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.transfer(Params.id("id", id), ifMatch, body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/forwarding-answer")
    @Operation(operationId = "answerForwarding", summary = "The department answers a forwarded pre-review approval (见文行文): FORWARDED or RETURNED")
    public Uni<RestResponse<ApplicationView>> answerForwarding(@PathParam("id") String id,
            @NotNull @Valid ForwardingAnswer body, @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, ApplicationView.class,
                () -> service.answerForwarding(Params.id("id", id), body)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{id}/evaluation")
    @Operation(operationId = "evaluateApplication", summary = "Record the applicant's rating (1-5) of an ended case, on the applicant's behalf; once per case")
    public Uni<EvaluationView> evaluate(@PathParam("id") String id, @NotNull @Valid EvaluationInput body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, EvaluationView.class,
                () -> evaluations.recordByClerk(Params.id("id", id), body));
    }

    static RestResponse<ApplicationView> ok(ApplicationView v) {
        return RestResponse.ResponseBuilder.ok(v).header(HttpHeaders.ETAG, Versions.etag(v.version())).build();
    }
}
