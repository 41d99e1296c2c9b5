package org.townreform.personnel.town;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** One page of towns, cursor-paged for mobile clients (Relay-style connection). */
@Type("TownConnection")
@Description("A page of towns: edges in code order, and how to ask for the next page")
public record TownConnection(List<Edge> edges, PageInfo pageInfo,
        @Description("Towns matching the filter in all") long totalCount) {

    @Type("TownEdge")
    public record Edge(@Description("Pass as 'after' to continue after this town") String cursor, TownView node) {
    }

    @Type("PageInfo")
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
