package org.townreform.license.evaluation.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.license.config.Params;
import org.townreform.license.evaluation.EvaluationView;
import org.townreform.license.evaluation.RectificationCompletion;
import org.townreform.license.evaluation.service.EvaluationService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "好差评 and the rectifications low ratings open")
public class EvaluationResource {
    private final EvaluationService service;
    private final IdempotentWrites idempotent;

    public EvaluationResource(EvaluationService service, IdempotentWrites idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/rectifications/{id}")
    @Operation(operationId = "getRectification", summary = "A rectification opened by a low rating, with its due day on asOf")
    public Uni<EvaluationView> rectification(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return service.rectification(Params.id("id", id), Params.date("asOf", asOf));
    }

    @POST
    @Path("/rectifications/{id}/complete")
    @Operation(operationId = "completeRectification", summary = "Complete a rectification: the measures taken and the callback (回访) to the applicant")
    public Uni<EvaluationView> complete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RectificationCompletion body, @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, EvaluationView.class,
                () -> service.complete(Params.id("id", id), ifMatch, body));
    }
}
