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
import org.townreform.common.paging.PageRequest;
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
    @Description("One town by its 9-digit code, limits as they stand on asOf (default today)")
    public Uni<TownView> town(@NotNull @Name("code") String code, @Name("asOf") LocalDate asOf) {
        return service.get(code, asOf);
    }

    @Query("towns")
    @Description("Towns in code order, a cursor page of at most 'first' (default 50, at most 200) after the cursor 'after'; "
            + "a town user sees only their own")
    public Uni<TownConnection> towns(@Name("first") Integer first, @Name("after") String after,
            @Valid @Name("filter") TownFilter filter, @Name("asOf") LocalDate asOf) {
        return service.connection(PageRequest.of(first, after, config.paging()), filter, asOf);
    }

    @Query("countyDashboard")
    @Description("Every town of the county side by side, for ranking (county-wide roles only). Ask each town's "
            + "fiscal(year) and licensing through the gateway")
    public Uni<CountyDashboard> countyDashboard(@NotNull @Name("year") Integer year, @Name("asOf") LocalDate asOf) {
        return service.countyDashboard(year, asOf);
    }

    @Resolver
    @Description("Federation: towns by code, in the order asked (null for unknown codes and towns out of scope)")
    public Uni<List<TownView>> townsByCode(@Name("code") List<String> code) {
        return service.getMany(code, null);
    }

    @Mutation("createTown")
    @Description("Record a town (county-org)")
    public Uni<TownView> createTown(@NotNull @Valid @Name("town") NewTown town) {
        return service.create(town);
    }

    @Mutation("updateTown")
    @Description("Change a town's editable facts; version is the one read (a stale version is refused)")
    public Uni<TownView> updateTown(@NotNull @Name("code") String code, @NotNull @Valid @Name("town") TownUpdate town) {
        return service.update(code, null, town);
    }

    @Mutation("recordLeadershipPostChange")
    @Description("Record a dated decision adding or removing leadership posts (领导职数)")
    public Uni<TownView> recordLeadershipPostChange(@NotNull @Name("code") String code,
            @NotNull @Valid @Name("change") NewLeadershipPostChange change) {
        return service.recordLeadershipPostChange(code, change);
    }
}
