package org.townreform.personnel.person.rest;

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
import org.townreform.personnel.person.PersonView;
import org.townreform.personnel.person.service.PersonService;
import org.townreform.personnel.support.Params;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Staff and their enforcement certificates (执法证)")
public class TownPeopleResource {
    private final PersonService service;
    private final CommonConfig config;

    public TownPeopleResource(PersonService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listTownPeople", summary = "People of a town in id order; q matches the name, residentId the full number exactly")
    public Uni<Page<PersonView>> list(@PathParam("code") String code, @QueryParam("q") String q,
            @QueryParam("residentId") String residentId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.list(code, q, residentId, PageRequest.of(Params.limit(limit), cursor, config.paging()));
    }
}
