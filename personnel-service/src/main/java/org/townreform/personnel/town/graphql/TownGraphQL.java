package org.townreform.personnel.town.graphql;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.town.NewLeadershipPostChange;
import org.townreform.personnel.town.NewTown;
import org.townreform.personnel.town.TownUpdate;
import org.townreform.personnel.town.TownView;
import org.townreform.personnel.town.service.TownService;

import io.smallrye.mutiny.Uni;

@GraphQLApi
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
    @Description("Towns in code order; a town user sees only their own. Pass nextCursor back as cursor for the next page")
    public Uni<Page<TownView>> towns(@Name("limit") Integer limit, @Name("cursor") String cursor,
            @Name("asOf") LocalDate asOf) {
        return service.list(PageRequest.of(limit, cursor, config.paging()), asOf);
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
