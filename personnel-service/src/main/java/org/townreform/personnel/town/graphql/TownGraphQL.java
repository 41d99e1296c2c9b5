package org.townreform.personnel.town.graphql;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.config.Descriptions;
import org.townreform.personnel.town.CountyDashboard;
import org.townreform.personnel.town.NewLeadershipPostChange;
import org.townreform.personnel.town.NewTown;
import org.townreform.personnel.town.TownConnection;
import org.townreform.personnel.town.TownFilter;
import org.townreform.personnel.town.TownUpdate;
import org.townreform.personnel.town.TownView;
import org.townreform.personnel.town.service.TownService;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

/**
 * Towns, and personnel-service's part of the federated dashboard schema: it owns {@code Town @key(fields: "code")} (and
 * {@code Person}, {@code OrgUnit}); fiscal-service and license-service add their views to the same town.
 */
@GraphQLApi
@OneSessionAtATime
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {@Import(name = "@key"), @Import(name = "FieldSet")})
public class TownGraphQL {
    private final TownService service;
    private final CommonConfig config;

    public TownGraphQL(TownService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("town")
    @Description("One town by its 9-digit code, limits as they stand on asOf (default today). " + Descriptions.READERS)
    public Uni<TownView> town(@Description(Descriptions.TOWN_CODE) @NotNull @Name("code") String code,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.get(code, asOf);
    }

    @Query("towns")
    @Description("Towns in code order, a cursor page of at most 'first' (default 50, at most 200) after the cursor 'after'; "
            + "pageInfo and totalCount say what follows. Callers: every role; a town user sees only their own town")
    public Uni<TownConnection> towns(@Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Description("Criteria the towns must meet; every town in the caller's scope when left out") @Valid @Name("filter") TownFilter filter,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.connection(PageRequest.ofConnection(first, after, null, null, config.paging()), filter, asOf);
    }

    @Query("countyDashboard")
    @Description("Every town of the county side by side, for ranking (county-wide roles only). Ask each town's "
            + "fiscal(year) and licensing through the gateway. Callers: county-org, dept-officer, county-finance, "
            + "supervisor; a town user is refused (COUNTY_ROLE_REQUIRED)")
    public Uni<CountyDashboard> countyDashboard(
            @Description("The year to rank the towns' figures for, 1949 to 2200 (VALIDATION_FAILED otherwise); answered "
                    + "back as year") @NotNull @Name("year") Integer year,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.countyDashboard(year, asOf);
    }

    @Resolver
    @Description("Federation: towns by code, in the order asked (null for unknown codes and towns out of scope)")
    public Uni<List<TownView>> townsByCode(@Name("code") List<String> code) {
        return service.getMany(code, null);
    }

    @Mutation("createTown")
    @Description("Record a town; a code already recorded is refused (TOWN_EXISTS). Callers: county-org")
    public Uni<TownView> createTown(
            @Description("The town to record, with its leadership posts when recorded") @NotNull @Valid @Name("town") NewTown town) {
        return service.create(town);
    }

    @Mutation("updateTown")
    @Description("Change a town's editable facts; version is the one read (a stale version is refused: STALE_VERSION). "
            + "Callers: county-org")
    public Uni<TownView> updateTown(
            @Description(Descriptions.TOWN_CODE + " of the town to change") @NotNull @Name("code") String code,
            @Description("Every editable fact, as it is to be, and the version read") @NotNull @Valid @Name("town") TownUpdate town) {
        return service.update(code, null, town);
    }

    @Mutation("recordLeadershipPostChange")
    @Description("Record a dated decision adding or removing leadership posts (领导职数); answers the town as it stands "
            + "today. Callers: county-org")
    public Uni<TownView> recordLeadershipPostChange(
            @Description(Descriptions.TOWN_CODE + " of the town whose posts change") @NotNull @Name("code") String code,
            @Description("The change, its day, document number and reason") @NotNull @Valid @Name("change") NewLeadershipPostChange change) {
        return service.recordLeadershipPostChange(code, change);
    }
}
