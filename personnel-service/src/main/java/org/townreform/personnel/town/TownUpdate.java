package org.townreform.personnel.town;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

/**
 * The editable facts of a town (its code never changes). Leadership posts are not edited here: they change only by a
 * dated decision ({@code leadership-post-changes}), so history is kept. {@code version} may stand in for {@code If-Match}.
 */
@Input("TownUpdate")
@Description("The editable facts of a town, all of them: its code never changes, its leadership posts change only by "
        + "dated decisions (recordLeadershipPostChange)")
public record TownUpdate(
        @Description("The town's name, up to 100 characters") @NotBlank @Size(max = 100) @Schema(example = "石龙镇") String name,
        @Description("The county (or city) the town belongs to, up to 100 characters") @NotBlank @Size(max = 100) @Schema(example = "东莞市") String county,
        @Description("一般镇, 较大镇 or 街道: decides the default limit on internal offices and bureaus") @NotNull TownCategory category,
        @Description("扩权强镇试点镇: true for a pilot town (pilot default limit on internal offices)") @NotNull Boolean pilot,
        @Description("The town's own limit on internal offices and bureaus, 1 to 50; left out, the town takes the default "
                + "of pilot towns or of its category again") @Min(1) @Max(50) Integer maxInternalOffices,
        @Description(Descriptions.VERSION_IN) Long version) {
}
