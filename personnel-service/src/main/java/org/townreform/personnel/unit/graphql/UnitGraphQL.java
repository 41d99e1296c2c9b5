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
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.config.Descriptions;
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
    @Description("One organisation unit (机构) by id. " + Descriptions.READERS)
    public Uni<UnitView> unit(@Description(Descriptions.UNIT_ID) @NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @Query("units")
    @Description("Several units at once by id (as strings: a list of IDs cannot be typed ID here), in the order asked; null for unknown ids or units of towns out of scope. Callers: every role")
    public Uni<List<UnitView>> units(
            @Description("Unit ids (OrgUnit.id) as strings of digits, at most 500 (VALIDATION_FAILED otherwise)") @NotNull @Name("ids") List<String> ids) {
        return service.getMany(Ids.parseAll("ids", ids));
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("townUnits")
    @Description("Units of a town in id order, every status unless status is given; q finds a unit by its name or any "
            + "extra nameplate (加挂牌子). " + Descriptions.READERS)
    public Uni<OrgUnitConnection> townUnits(
            @Description(Descriptions.TOWN_CODE
                    + "; a town user may ask only for their own town") @NotNull @Name("townCode") String townCode,
            @Description("Part of the unit's name or of any of its extra nameplates, case-insensitive, % and _ matched "
                    + "literally; every unit when left out") @Name("q") String q,
            @Description("Only units of this kind; every kind when left out") @Name("kind") UnitKind kind,
            @Description("Only units in this status; every status when left out") @Name("status") UnitStatus status,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.list(townCode, q, kind, status, page)
                .map(p -> new OrgUnitConnection(p, page));
    }

    @Mutation("createUnit")
    @Description("Set up a unit in a town (offices and bureaus within the town's limit: OFFICE_LIMIT_EXCEEDED). "
            + Descriptions.RECORDERS)
    public Uni<UnitView> createUnit(
            @Description(Descriptions.TOWN_CODE
                    + " of the town the unit is set up in") @NotNull @Name("townCode") String townCode,
            @Description("The unit, its kind, nameplates, management, co-location and quotas") @NotNull @Valid @Name("unit") NewUnit unit) {
        return service.create(townCode, unit);
    }

    @Mutation("updateUnit")
    @Description("Change an active unit's facts (UNIT_NOT_ACTIVE otherwise); version is the one read (a stale version is "
            + "refused: STALE_VERSION). " + Descriptions.RECORDERS)
    public Uni<UnitView> updateUnit(@Description(Descriptions.UNIT_ID) @NotNull @Id @Name("id") String id,
            @Description("Every editable fact, as it is to be, and the version read") @NotNull @Valid @Name("unit") UnitUpdate unit) {
        return service.update(Ids.parse("id", id), null, unit);
    }

    @Mutation("mergeUnits")
    @Description("合并组建: merge the listed units into unit id; their quotas and staff registrations move in one "
            + "transaction, and nothing changes when the moved staff do not fit unit id's quotas (QUOTA_EXCEEDED). "
            + Descriptions.RECORDERS)
    public Uni<UnitView> mergeUnits(
            @Description("Id of the unit merged into (OrgUnit.id): the new or surviving unit, active") @NotNull @Id @Name("id") String id,
            @Description("The units merged in, the day and the decision") @NotNull @Valid @Name("merge") UnitMerge merge) {
        return service.merge(Ids.parse("id", id), merge);
    }

    @Mutation("abolishUnit")
    @Description("撤销: close an active unit that holds no open registration (UNIT_HAS_STAFF); the posts held in it end "
            + "on the day. " + Descriptions.RECORDERS)
    public Uni<UnitView> abolishUnit(@Description(Descriptions.UNIT_ID) @NotNull @Id @Name("id") String id,
            @Description("The day and the decision") @NotNull @Valid @Name("abolition") UnitAbolition abolition) {
        return service.abolish(Ids.parse("id", id), abolition);
    }
}
