package org.townreform.personnel.town;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageInfo;
import org.townreform.common.paging.PageRequest;

/**
 * One page of towns, cursor-paged for mobile clients (Relay-style connection), with common's {@code PageInfo} (the one
 * type every subgraph shares) and the number of towns matching in all.
 */
@Type("TownConnection")
@Description("A page of towns: edges in code order, and how to ask for the next page")
public record TownConnection(
        @Description("The towns of this page with their cursors, in code order") List<Edge> edges,
        @Description("Whether more towns follow, and the cursors to continue from") PageInfo pageInfo,
        @Description("Towns matching the filter in all") long totalCount) {

    /** The connection of a page made by {@link Page#of} (a cursor per town) for the request it answers. */
    public static TownConnection of(Page<TownView> page, PageRequest request, long totalCount) {
        if (page.cursors() == null && !page.items().isEmpty()) {
            throw new IllegalStateException("a connection needs a page made by Page.of (with a cursor per item)");
        }
        List<Edge> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge(page.cursors().get(i), page.items().get(i)));
        }
        PageInfo info = new PageInfo(page.nextCursor() != null, request.after() != null,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new TownConnection(List.copyOf(edges), info, totalCount);
    }

    @Type("TownEdge")
    @Description("One town of a page and its cursor")
    public record Edge(@Description("Pass as 'after' to continue after this town") String cursor,
            @Description("The town") TownView node) {
    }
}
