package org.townreform.fiscal.ledger.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.fiscal.ledger.RevenueEntryView;

/** A page of RevenueEntry items as a cursor connection. */
@Description("A page of RevenueEntry items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class RevenueEntryConnection extends Connection<RevenueEntryView> {
    public RevenueEntryConnection(Page<RevenueEntryView> page, PageRequest request) {
        super(page, request);
    }
}
