package org.townreform.personnel.town;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.personnel.config.Descriptions;

/**
 * Every town of the county side by side (县级看板). Fiscal and licensing figures join each town through the gateway
 * ({@code Town.fiscal(year)}, {@code Town.licensing}); personnel-service answers the towns themselves.
 */
@Type("CountyDashboard")
@Description("Every town side by side, for ranking; ask each town's fiscal(year) and licensing through the gateway")
public record CountyDashboard(
        @Description("The year asked (1949 to 2200), for the towns' fiscal(year) through the gateway") int year,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description("Every town in code order, its limits as they stand on asOf") List<TownView> towns) {
}
