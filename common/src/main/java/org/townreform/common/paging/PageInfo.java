package org.townreform.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.federation.Shareable;

/**
 * Where a connection's page stands, as the GraphQL Cursor Connections Specification (Relay) defines it. Every subgraph
 * declares the same type, hence {@code @shareable}.
 */
@Type("PageInfo")
@Shareable
@Description("Where this page of a connection stands (Relay cursor connections)")
public record PageInfo(
        @Description("True when more items follow this page: ask again with after = endCursor") boolean hasNextPage,
        @Description("True when the page was asked for after a cursor, so items come before it") boolean hasPreviousPage,
        @Description("The cursor of the first edge of this page; null when the page is empty") String startCursor,
        @Description("The cursor of the last edge of this page; pass it as after to continue; null when the page is empty") String endCursor) {
}
