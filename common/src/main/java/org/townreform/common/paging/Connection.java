package org.townreform.common.paging;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a list as a GraphQL cursor connection (Relay): {@code edges} with a {@code node} and its opaque
 * {@code cursor} each, and {@code pageInfo}. The list's own connection type extends this one for its node type (so the
 * type is named {@code <Node>Connection}, as the specification asks) and is built from the service's {@link Page}.
 * The page's {@code items} and {@code nextCursor} stay for clients written before connections, deprecated.
 */
public abstract class Connection<T> {
    /** The description of a connection field's {@code first} argument. */
    public static final String FIRST = "Items per page, 1 to townreform.paging.max-limit (200); default "
            + "townreform.paging.default-limit (50)";
    /** The description of a connection field's {@code after} argument. */
    public static final String AFTER = "An edge's cursor (or pageInfo.endCursor) to read the items after it; leave out for the first page. "
            + "Opaque: a cursor this service did not give out is refused (INVALID_CURSOR)";
    /** The description of a list's older {@code limit} argument. */
    public static final String LIMIT = "Deprecated: use first (the same number; give one of the two)";
    /** The description of a list's older {@code cursor} argument. */
    public static final String CURSOR = "Deprecated: use after (the same cursor; give one of the two)";

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private final Page<T> page;

    protected Connection(Page<T> page, PageRequest request) {
        this.page = page;
        if (page.cursors() == null && !page.items().isEmpty()) {
            throw new IllegalStateException("a connection needs a page made by Page.of (with a cursor per item)");
        }
        List<Edge<T>> e = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            e.add(new Edge<>(page.cursors().get(i), page.items().get(i)));
        }
        this.edges = List.copyOf(e);
        this.pageInfo = new PageInfo(page.nextCursor() != null, request.after() != null,
                e.isEmpty() ? null : e.get(0).cursor(), e.isEmpty() ? null : e.get(e.size() - 1).cursor());
    }

    @NonNull
    @Description("The items of this page with their cursors, in the list's order")
    public List<@NonNull Edge<T>> getEdges() { return edges; }

    @NonNull
    @Description("Whether more items follow, and the cursors to continue from")
    public PageInfo getPageInfo() { return pageInfo; }

    @Deprecated
    @Description("The items of this page. Deprecated: read edges { node }")
    public List<T> getItems() { return page.items(); }

    @Deprecated
    @Description("Pass as cursor to read the next page; null on the last page. Deprecated: read pageInfo { endCursor hasNextPage }")
    public String getNextCursor() { return page.nextCursor(); }

    /** One item of a connection's page and the cursor to continue after it. */
    @Description("One item of a page and its cursor")
    public record Edge<T>(@NonNull @Description("Opaque: pass as after to continue after this item") String cursor,
            @NonNull @Description("The item") T node) {
    }
}
