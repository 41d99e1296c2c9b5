package org.townreform.personnel.summary.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.error.Problems;
import org.townreform.common.id.TownCode;
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
    @Operation(operationId = "listPersonnelSummaries", summary = "Personnel summaries of the towns asked (?town=…&town=…), in that order, on asOf; 404 when one of them is unknown")
    public Uni<Page<PersonnelSummary>> summaries(@QueryParam("town") List<String> towns,
            @QueryParam("asOf") String asOf) {
        for (String town : towns) {
            if (town == null || !town.matches(TownCode.REGEX)) {
                throw Problems.invalid("town", "must be a 9-digit township division code");
            }
        }
        return service.summaries(towns, Params.date("asOf", asOf)).map(items -> {
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    unknown.add(towns.get(i));
                }
            }
            if (!unknown.isEmpty()) {
                throw Problems.notFound("Town", String.join(", ", unknown));
            }
            return new Page<>(items, null);
        });
    }
}
