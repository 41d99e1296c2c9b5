package org.townreform.personnel.town;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.id.TownCode;
import org.townreform.personnel.config.Descriptions;

/** A town to record. {@code maxInternalOffices} left out takes the category's default. */
@Input("NewTown")
@Description("A town (镇) or subdistrict (街道) to record")
public record NewTown(
        @Description(Descriptions.TOWN_CODE
                + "; recorded once (TOWN_EXISTS)") @NotNull @TownCode @Schema(example = "441900113") String code,
        @Description("The town's name, up to 100 characters") @NotBlank @Size(max = 100) @Schema(example = "石龙镇") String name,
        @Description("The county (or city) the town belongs to, up to 100 characters") @NotBlank @Size(max = 100) @Schema(example = "东莞市") String county,
        @Description("一般镇, 较大镇 or 街道: decides the default limit on internal offices and bureaus") @NotNull TownCategory category,
        @Description("扩权强镇试点镇: true for a pilot town, which holds county-level powers and has the pilot default "
                + "limit on internal offices (personnel.max-internal-offices.pilot, 10); default false") Boolean pilot,
        @Description("The town's own limit on internal offices and bureaus, 1 to 50; left out, the default of pilot towns "
                + "or of its category") @Min(1) @Max(50) Integer maxInternalOffices,
        @Description("领导职数 of the party and government leadership team when recorded, 1 to 60; later changes are dated "
                + "decisions (recordLeadershipPostChange)") @NotNull @Min(1) @Max(60) Integer leadershipPosts) {
}
