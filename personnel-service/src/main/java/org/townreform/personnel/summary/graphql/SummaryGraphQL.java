package org.townreform.personnel.summary.graphql;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.personnel.config.Descriptions;
import org.townreform.personnel.summary.PersonnelSummary;
import org.townreform.personnel.summary.service.SummaryService;
import org.townreform.personnel.town.TownView;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class SummaryGraphQL {
    private final SummaryService service;

    public SummaryGraphQL(SummaryService service) {
        this.service = service;
    }

    @Query("personnelSummaries")
    @Description("Dashboard summaries of several towns in one call, in the order asked (null for unknown codes): staffing, "
            + "organisation, open appointment cases, notices, rotation due, overdue adjustment requests. Callers: every "
            + "role; a town user only for their own town (TOWN_OUT_OF_SCOPE)")
    public Uni<List<PersonnelSummary>> personnelSummaries(
            @Description("Town codes (9-digit township division codes), at most 5,000 (VALIDATION_FAILED otherwise); one "
                    + "summary each, in this order, null for a code of no recorded town") @NotNull @Name("townCodes") List<String> townCodes,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.summaries(townCodes, asOf);
    }

    @Description("The town's personnel summary on the town's asOf; resolved for a whole list of towns at once")
    public Uni<List<PersonnelSummary>> personnel(@Source List<TownView> towns) {
        LocalDate asOf = towns.isEmpty() ? null : towns.get(0).asOf();
        return service.summariesOf(towns, asOf);
    }
}
