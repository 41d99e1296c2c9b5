package org.townreform.license.catalogue.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.catalogue.ItemView;

/** A page of CatalogueItem items as a cursor connection. */
@Description("A page of CatalogueItem items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class CatalogueItemConnection extends Connection<ItemView> {
    public CatalogueItemConnection(Page<ItemView> page, PageRequest request) {
        super(page, request);
    }
}
