package org.townreform.license.catalogue.graphql;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.catalogue.ItemKind;
import org.townreform.license.catalogue.ItemView;
import org.townreform.license.catalogue.service.CatalogueService;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class CatalogueGraphQL {
    private final CatalogueService service;
    private final CommonConfig config;

    public CatalogueGraphQL(CatalogueService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("items")
    @Description("Catalogue items (权限事项) in code order, optionally of one kind or department; pass nextCursor back as cursor. "
            + "Every role may read the catalogue")
    public Uni<CatalogueItemConnection> items(
            @Description("Only items of this kind; every kind when left out") @Name("kind") ItemKind kind,
            @Description("Only items of this authorising department (授权部门), its name exactly as in the catalogue; every department when left out") @Name("department") String department,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.list(page, kind, department)
                .map(p -> new CatalogueItemConnection(p, page));
    }

    @Query("item")
    @Description("One catalogue item by its code; every role may read it")
    public Uni<ItemView> item(@Description("事项编码 of the item, as in CatalogueItem.code") @NotNull @Name("code") String code) {
        return service.get(code);
    }
}
