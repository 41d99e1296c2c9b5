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
