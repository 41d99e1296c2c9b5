package org.townreform.personnel.town;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which towns a list shows: every criterion given must hold. */
@Input("TownFilter")
@Description("Criteria a town must meet to be listed; every criterion given must hold")
public record TownFilter(
        @Size(max = 100) String county,
        TownCategory category,
        @Description("扩权强镇试点镇 only (true) or only the others (false)") Boolean pilot,
        @Description("Part of the town's name") @Size(max = 100) String nameContains) {
}
