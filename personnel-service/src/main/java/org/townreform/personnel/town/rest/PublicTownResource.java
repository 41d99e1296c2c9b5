package org.townreform.personnel.town.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.error.Problem;
import org.townreform.personnel.town.PublicTownChanges;
import org.townreform.personnel.town.PublicTownView;
import org.townreform.personnel.town.service.TownRegistryFeed;
import org.townreform.personnel.town.service.TownService;

import io.smallrye.mutiny.Uni;

/**
 * The public registry of towns (镇名录): whether a town code is recorded, and the town's name. Town codes and names are
 * public administrative data, so this needs no token, and its answer is the same for every caller: fiscal-service and
 * license-service cache it when they check the town a write names (some of those writes, such as an applicant's
 * complaint, come without a token). Its changes are a feed of their own ({@code /changes}), from which those services keep a
 * copy of the registry.
 */
@Path("/api/v1/public/towns")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public", description = "No login: the registry of towns")
public class PublicTownResource {
    private final TownService service;
    private final TownRegistryFeed feed;

    public PublicTownResource(TownService service, TownRegistryFeed feed) {
        this.service = service;
        this.feed = feed;
    }

    @GET
    @Path("/changes")
    @Operation(operationId = "getPublicTownChanges", summary = "The registry's changes after a cursor, oldest first (no login)", description = "Each town recorded or changed, with its code and name as they stood after the change, in the "
            + "order the changes committed (a change that commits late is never passed over). Start without after, "
            + "keep the cursor of each page and ask again with it: a copy of the registry kept this way is never "
            + "behind by more than the time between two reads.")
    @SecurityRequirements
    @APIResponse(responseCode = "200", description = "The changes after the cursor (none at the end)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicTownChanges.class)))
    @APIResponse(responseCode = "400", description = "The cursor is not a place in this feed (INVALID_CURSOR), or the limit is out of range (VALIDATION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<PublicTownChanges> changes(
            @Parameter(description = "The cursor of the last page read; leave out to start from the first change") @QueryParam("after") String after,
            @Parameter(description = "At most this many changes (1-500, default 200)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "200")) @QueryParam("limit") Integer limit) {
        return feed.changes(after, limit);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getPublicTown", summary = "Is the town recorded? Its code and name (no login)")
    // An empty list: this operation needs no token (security: [] in the document).
    @SecurityRequirements
    @APIResponse(responseCode = "200", description = "The town is recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicTownView.class)))
    @APIResponse(responseCode = "404", description = "No town has this code (NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "The code is not nine digits (VALIDATION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<PublicTownView> get(
            @Parameter(description = "9-digit township division code", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{9}$")) @PathParam("code") String code) {
        return service.registryEntry(code);
    }
}
