package org.townreform.personnel.town;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A town as callers read it, with its limits as they stand on {@code asOf}. */
@Type("Town")
// Federation resolves an entity's type by @Name (or the class name), not by @Type.
@Name("Town")
@Key(fields = @FieldSet("code"))
@Description("A town (镇) or subdistrict (街道)")
public record TownView(
        @Description("9-digit township division code") String code,
        String name,
        String county,
        TownCategory category,
        @Description("扩权强镇试点镇: holds county-level powers") boolean pilot,
        @Description("Internal offices and bureaus allowed (the town's own limit or its category's default)") int maxInternalOffices,
        @Description("True when maxInternalOffices is set for this town rather than taken from its category") boolean maxInternalOfficesOverridden,
        @Description("领导职数 on asOf: the base plus the dated changes effective by then") int leadershipPosts,
        @Description("领导职数 when the town was recorded") int leadershipPostsBase,
        List<LeadershipPostChangeView> leadershipPostChanges,
        LocalDate asOf,
        long version) {
}
