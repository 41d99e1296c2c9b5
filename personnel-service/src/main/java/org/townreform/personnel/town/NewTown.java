package org.townreform.personnel.town;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.townreform.common.id.TownCode;

/** A town to record. {@code maxInternalOffices} left out takes the category's default. */
@Input("NewTown")
public record NewTown(
        @NotNull @TownCode String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 100) String county,
        @NotNull TownCategory category,
        Boolean pilot,
        @Min(1) @Max(50) Integer maxInternalOffices,
        @NotNull @Min(1) @Max(60) Integer leadershipPosts) {
}
