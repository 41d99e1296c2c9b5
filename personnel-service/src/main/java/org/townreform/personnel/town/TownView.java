package org.townreform.personnel.town;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A town as callers read it, with its limits as they stand on {@code asOf}. */
@Type("Town")
// Federation resolves an entity's type by @Name (or the class name), not by @Type.
@Name("Town")
@Key(fields = @FieldSet("code"))
@Description("A town (镇) or subdistrict (街道)")
public record TownView(
        @Description("9-digit township division code") @Schema(example = "441900113") String code,
        @Description("The town's name (e.g. 石龙镇)") @Schema(example = "石龙镇") String name,
        @Description("The county (or city) it belongs to, as recorded (e.g. 东莞市)") @Schema(example = "东莞市") String county,
        @Description("How the town is classed: 一般镇, 较大镇 or 街道") TownCategory category,
        @Description("扩权强镇试点镇: holds county-level powers") boolean pilot,
        @Description("Internal offices and bureaus allowed (the town's own limit or its category's default)") int maxInternalOffices,
        @Description("True when maxInternalOffices is set for this town rather than taken from its category") boolean maxInternalOfficesOverridden,
        @Description("领导职数 on asOf: the base plus the dated changes effective by then") int leadershipPosts,
        @Description("领导职数 when the town was recorded") int leadershipPostsBase,
        @Description("Every dated change of its leadership posts, by effective date (those after asOf included)") List<LeadershipPostChangeView> leadershipPostChanges,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description(Descriptions.VERSION_OUT) long version) {
}
