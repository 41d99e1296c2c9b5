package org.townreform.license.application.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.application.Light;
import org.townreform.license.application.service.ApplicationService;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class TownApplicationResource {
    private final ApplicationService service;
    private final CommonConfig config;

    public TownApplicationResource(ApplicationService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listTownApplications", summary = "A town's applications in id order, optionally of one state and one light (GREEN, YELLOW, RED) "
            + "on asOf")
    public Uni<Page<ApplicationView>> list(@PathParam("code") String code, @QueryParam("state") String state,
            @QueryParam("light") String light, @QueryParam("asOf") String asOf, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.ofTown(Params.townCode("code", code), Params.enumValue("state", state, ApplicationState.class),
                Params.enumValue("light", light, Light.class), Params.date("asOf", asOf),
                PageRequest.of(limit, cursor, config.paging()));
    }
}
