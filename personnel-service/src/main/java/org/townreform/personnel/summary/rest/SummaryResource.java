package org.townreform.personnel.summary.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.paging.Page;
import org.townreform.personnel.summary.PersonnelSummary;
import org.townreform.personnel.summary.service.SummaryService;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/personnel-summaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards", description = "Summaries of many towns in one call")
public class SummaryResource {
    private final SummaryService service;

    public SummaryResource(SummaryService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Personnel summaries of the towns asked (?town=…&town=…), in that order, on asOf")
    public Uni<Page<PersonnelSummary>> summaries(@QueryParam("town") List<String> towns,
            @QueryParam("asOf") String asOf) {
        return service.summaries(towns, Params.date("asOf", asOf)).map(items -> new Page<>(items, null));
    }
}
