package org.townreform.personnel.unit.graphql;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.support.Ids;
import org.townreform.personnel.town.TownView;
import org.townreform.personnel.unit.NewUnit;
import org.townreform.personnel.unit.UnitAbolition;
import org.townreform.personnel.unit.UnitKind;
import org.townreform.personnel.unit.UnitMerge;
import org.townreform.personnel.unit.UnitStatus;
import org.townreform.personnel.unit.UnitUpdate;
import org.townreform.personnel.unit.UnitView;
import org.townreform.personnel.unit.service.UnitService;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class UnitGraphQL {
    private final UnitService service;
    private final CommonConfig config;

    public UnitGraphQL(UnitService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Resolver
    @Description("Federation: units by id, in the order asked (null for unknown ids and units out of scope)")
    public Uni<List<UnitView>> unitsById(@Name("id") List<String> id) {
        return service.getMany(Ids.parseAll("id", id));
    }

    @Description("The town's active organisation units (机构), by kind then name; resolved for a whole list of towns at once")
    public Uni<List<List<UnitView>>> organisation(@Source List<TownView> towns) {
        return service.activeOfTowns(towns.stream().map(TownView::code).toList());
    }

    @Query("unit")
    @Description("One organisation unit (机构) by id")
    public Uni<UnitView> unit(@NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @Query("units")
    @Description("Several units at once by id (as strings: a list of IDs cannot be typed ID here), in the order asked; null for unknown ids or units of towns out of scope")
    public Uni<List<UnitView>> units(@NotNull @Name("ids") List<String> ids) {
        return service.getMany(Ids.parseAll("ids", ids));
    }

    @Query("townUnits")
    @Description("Units of a town in id order; q finds a unit by its name or any extra nameplate (加挂牌子)")
    public Uni<Page<UnitView>> townUnits(@NotNull @Name("townCode") String townCode, @Name("q") String q,
            @Name("kind") UnitKind kind, @Name("status") UnitStatus status, @Name("limit") Integer limit,
            @Name("cursor") String cursor) {
        return service.list(townCode, q, kind, status, PageRequest.of(limit, cursor, config.paging()));
    }

    @Mutation("createUnit")
    @Description("Set up a unit in a town (offices and bureaus within the town's limit)")
    public Uni<UnitView> createUnit(@NotNull @Name("townCode") String townCode,
            @NotNull @Valid @Name("unit") NewUnit unit) {
        return service.create(townCode, unit);
    }

    @Mutation("updateUnit")
    @Description("Change an active unit's facts; version is the one read (a stale version is refused)")
    public Uni<UnitView> updateUnit(@NotNull @Id @Name("id") String id, @NotNull @Valid @Name("unit") UnitUpdate unit) {
        return service.update(Ids.parse("id", id), null, unit);
    }

    @Mutation("mergeUnits")
    @Description("合并组建: merge the listed units into unit id; their staff registrations move in one transaction")
    public Uni<UnitView> mergeUnits(@NotNull @Id @Name("id") String id, @NotNull @Valid @Name("merge") UnitMerge merge) {
        return service.merge(Ids.parse("id", id), merge);
    }

    @Mutation("abolishUnit")
    @Description("撤销: close a unit that holds no open registration")
    public Uni<UnitView> abolishUnit(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("abolition") UnitAbolition abolition) {
        return service.abolish(Ids.parse("id", id), abolition);
    }
}
