package org.townreform.personnel.town;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/**
 * Every town of the county side by side (县级看板). Fiscal and licensing figures join each town through the gateway
 * ({@code Town.fiscal(year)}, {@code Town.licensing}); personnel-service answers the towns themselves.
 */
@Type("CountyDashboard")
@Description("Every town side by side, for ranking; ask each town's fiscal(year) and licensing through the gateway")
public record CountyDashboard(int year, LocalDate asOf, List<TownView> towns) {
}
