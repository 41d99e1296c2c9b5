package org.townreform.license.overview.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.error.Problems;
import org.townreform.license.config.Params;
import org.townreform.license.overview.LicensingView;
import org.townreform.license.overview.service.OverviewService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing views", description = "Dashboard figures per town")
public class LicensingViewResource {
    private final OverviewService service;

    public LicensingViewResource(OverviewService service) {
        this.service = service;
    }

    @GET
    @Path("/licensing-views")
    @Operation(operationId = "listLicensingViews", summary = "Licensing views of several towns (towns=code,code,...) in the order asked, on asOf")
    public Uni<List<LicensingView>> many(@QueryParam("towns") String towns, @QueryParam("asOf") String asOf) {
        if (towns == null || towns.isBlank()) {
            throw Problems.invalid("towns", "give the town codes, comma-separated");
        }
        return service.views(Arrays.stream(towns.split(",")).map(String::trim).toList(), Params.date("asOf", asOf));
    }

    @GET
    @Path("/towns/{code}/licensing-view")
    @Operation(operationId = "getTownLicensingView", summary = "A town's licensing view on asOf")
    public Uni<LicensingView> one(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return service.views(List.of(code), Params.date("asOf", asOf)).map(l -> l.get(0));
    }
}
