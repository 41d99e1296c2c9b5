package org.townreform.common.towns;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * personnel-service's public registry of towns, as recorded in {@code contracts/personnel-public-towns.json}: asked
 * without a token (the answer is public and the same for every caller), and its feed of changes, as recorded in
 * {@code contracts/personnel-public-town-changes.json}. Its address is {@code quarkus.rest-client.personnel.url}.
 */
@RegisterRestClient(configKey = "personnel")
@Path("/api/v1/public/towns")
@Produces(MediaType.APPLICATION_JSON)
public interface TownRegistryApi {

    @GET
    @Path("/{code}")
    Uni<RegisteredTown> town(@PathParam("code") String code);

    /** The registry's changes after the cursor ({@code null}: from the first), at most {@code limit}. */
    @GET
    @Path("/changes")
    Uni<TownChanges> changes(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
