package org.townreform.personnel.town;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the public registry's changes ({@code GET /api/v1/public/towns/changes}): each town recorded, renamed or
 * otherwise changed, with its code and name as they stood after the change, in the order the changes committed.
 */
@Schema(name = "PublicTownChanges", description = "The registry of towns' changes after a cursor, oldest first: each "
        + "change's town with its code and name as they stood after it")
public record PublicTownChanges(
        @Schema(description = "The towns changed, one per change, oldest first (a town changed twice is listed twice, "
                + "its last name last)", required = true) List<PublicTownView> towns,
        @Schema(description = "Pass as after to read the changes that follow; given on every page (the last one too), "
                + "so a reader keeps it and asks again later", required = true) String cursor,
        @Schema(description = "True when more changes follow now; false when the registry's changes are read to their "
                + "end for the moment", required = true) boolean more) {
}
