package org.townreform.license.catalogue.graphql;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Page;
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

    @Query("items")
    @Description("Catalogue items (权限事项) in code order, optionally of one kind or department; pass nextCursor back as cursor")
    public Uni<Page<ItemView>> items(@Name("kind") ItemKind kind, @Name("department") String department,
            @Name("limit") Integer limit, @Name("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor, config.paging()), kind, department);
    }

    @Query("item")
    @Description("One catalogue item by its code")
    public Uni<ItemView> item(@NotNull @Name("code") String code) {
        return service.get(code);
    }
}
