package org.townreform.personnel.assessment.rest;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.personnel.assessment.AssessmentConfirmation;
import org.townreform.personnel.assessment.AssessmentView;
import org.townreform.personnel.assessment.NewAssessment;
import org.townreform.personnel.assessment.service.AssessmentService;
import org.townreform.personnel.support.Ids;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "年度考核 with the EXCELLENT share limit")
public class AssessmentResource {
    private final AssessmentService service;
    private final IdempotentWrites idempotent;

    public AssessmentResource(AssessmentService service, IdempotentWrites idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "recordAssessment", summary = "Record a year's grade (heads of dispatched agencies: a proposal the department confirms)")
    public Uni<RestResponse<AssessmentView>> record(@NotNull @Valid NewAssessment body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/assessments", body, AssessmentView.class,
                () -> service.record(body))
                .map(a -> RestResponse.ResponseBuilder
                        .<AssessmentView>created(URI.create("/api/v1/assessments/" + a.id())).entity(a).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssessment", summary = "One assessment")
    public Uni<AssessmentView> get(@PathParam("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(operationId = "confirmAssessment", summary = "dept-officer of the agency's department: confirm a proposed grade")
    public Uni<AssessmentView> confirm(@PathParam("id") String id, @NotNull @Valid AssessmentConfirmation body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, AssessmentView.class, () -> service.confirm(Ids.parse("id", id), body));
    }
}
