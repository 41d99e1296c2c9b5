package org.townreform.license.overview.graphql;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.license.config.Descriptions;
import org.townreform.license.overview.LicensingView;
import org.townreform.license.overview.service.OverviewService;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class LicensingViewGraphQL {
    private final OverviewService service;

    public LicensingViewGraphQL(OverviewService service) {
        this.service = service;
    }

    @Query("licensingViews")
    @Description("Licensing views of several towns in ONE call, in the order asked (a fixed number of SQL queries, "
            + "whatever the number of towns): items delegated, applications by state and light, overdue cases, "
            + "unfiled and overdue filings, average rating. Callers: every role, a town-scoped one for its own town only")
    public Uni<List<LicensingView>> licensingViews(
            @Description("9-digit township division codes, 1 to 5,000; one view per code, in this order; a town-scoped caller may ask only for its own town") @NotNull @Name("townCodes") List<@NotNull String> townCodes,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.views(townCodes, asOf);
    }
}
