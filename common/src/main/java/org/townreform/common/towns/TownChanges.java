package org.townreform.common.towns;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A page of personnel-service's public registry's changes ({@code GET /api/v1/public/towns/changes}, as in
 * {@code contracts/personnel-public-town-changes.json}): each change's town with its code and name after it, oldest
 * first; the cursor to ask after next; whether more follow now.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TownChanges(List<RegisteredTown> towns, String cursor, boolean more) {
}
