package org.townreform.personnel.assessment.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.personnel.assessment.UnitAssessments;
import org.townreform.personnel.assessment.service.AssessmentService;
import org.townreform.personnel.support.Ids;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/units/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "年度考核 with the EXCELLENT share limit")
public class UnitAssessmentResource {
    private final AssessmentService service;

    public UnitAssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listUnitAssessments", summary = "A unit's assessments of a year (default this year) and its EXCELLENT limit as it stands")
    public Uni<UnitAssessments> list(@PathParam("id") String id, @QueryParam("year") String year) {
        return service.ofUnit(Ids.parse("id", id), Params.year("year", year));
    }
}
