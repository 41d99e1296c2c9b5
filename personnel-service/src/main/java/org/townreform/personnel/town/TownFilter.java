package org.townreform.personnel.town;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which towns a list shows: every criterion given must hold. */
@Input("TownFilter")
@Description("Criteria a town must meet to be listed; every criterion given must hold")
public record TownFilter(
        @Description("Only towns of this county (or city), its name exactly as recorded, up to 100 characters") @Size(max = 100) String county,
        @Description("Only towns of this category") TownCategory category,
        @Description("扩权强镇试点镇 only (true) or only the others (false)") Boolean pilot,
        @Description("Part of the town's name") @Size(max = 100) String nameContains) {
}
