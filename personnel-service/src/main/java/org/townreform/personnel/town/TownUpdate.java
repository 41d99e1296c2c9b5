package org.townreform.personnel.town;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/**
 * The editable facts of a town (its code never changes). Leadership posts are not edited here: they change only by a
 * dated decision ({@code leadership-post-changes}), so history is kept. {@code version} may stand in for {@code If-Match}.
 */
@Input("TownUpdate")
public record TownUpdate(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 100) String county,
        @NotNull TownCategory category,
        @NotNull Boolean pilot,
        @Min(1) @Max(50) Integer maxInternalOffices,
        Long version) {
}
